package dev.specgen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.emit.GeneratedFile.Target;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.generate.OutputWriter.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer never leaves its output folder, whatever a package option, a schema name or an
 * emitter's path says, and a run that fails leaves the previous output as it was.
 */
class OutputWriterTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Output, version: '1'}
      paths: {}
      components:
        schemas:
          Conversation:
            type: object
            properties:
              id: {type: string}
      """;

  @TempDir
  Path temp;

  private final OutputWriter writer = new OutputWriter();

  private static GeneratedFile source(String path, String content) {
    return new GeneratedFile(Target.SOURCES, path, content);
  }

  /** Every file under {@code root}, by path relative to it, with its content. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    }
    return files;
  }

  private Path spec(String text) throws IOException {
    Path spec = temp.resolve("specs/api.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, text);
    return spec;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../x", "..", "com/../../x", "/tmp/x", "com.acme/../..", "com\\..\\..\\x", "class.acme"})
  void aHostilePackageOptionIsRefusedBeforeAnythingIsWritten(String packageName) throws IOException {
    Path out = temp.resolve("out/sources");
    List<SpecInput> specs = List.of(new SpecInput(spec(SPEC), packageName));

    assertThatThrownBy(() -> new Generator().generate(GeneratorOptions.sourcesOnly(specs, out)))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessage("'" + packageName + "' is not a valid Java package name"
            + " (lowercase words separated by dots, no Java keywords)");
    assertThat(tree(temp)).containsOnlyKeys("specs/api.yaml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../x", "..", "a/../../x", "/etc", "a//b", "a\\..\\..", ".", "a/"})
  void anOwnedFolderOutsideTheOutputIsRefused(String ownedDir) throws IOException {
    Path base = temp.resolve("out");
    assertThatThrownBy(() -> writer.replace(base, ownedDir, List.of(source(ownedDir + "/X.java", "x"))))
        .isInstanceOf(OutputException.class)
        .hasMessageStartingWith("refusing to write");
    assertThat(tree(temp)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"com/acme/../../../x.java", "com/acme/../../x.java", "com/acme//x.java",
      "com/acme/./X.java", "com/acme/sub/../../../escape.java", "elsewhere/X.java", "/com/acme/X.java"})
  void aFilePathOutsideTheOwnedFolderIsRefused(String path) throws IOException {
    Path base = temp.resolve("out");
    List<GeneratedFile> files = List.of(source("com/acme/Fine.java", "fine"), source(path, "escaped"));

    assertThatThrownBy(() -> writer.replace(base, "com/acme", files)).isInstanceOf(OutputException.class);
    assertThat(tree(temp)).as("nothing is written, not even the fine file").isEmpty();
  }

  @Test
  void hostileSchemaNamesBecomeJavaNamesInsideThePackage() throws IOException {
    Path spec = spec("""
        openapi: 3.1.0
        info: {title: Hostile names, version: '1'}
        paths: {}
        components:
          schemas:
            '../../x':
              type: object
              properties:
                '../../y': {type: string}
            '..\\\\..\\\\z':
              type: string
              enum: [a]
            '/etc/passwd':
              type: object
              properties:
                a: {type: string}
        """);
    Path out = temp.resolve("out/sources");
    GenerationResult result = new Generator().generate(
        GeneratorOptions.sourcesOnly(List.of(new SpecInput(spec, "com.acme")), out).withGenerateClients(false));

    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    assertThat(tree(temp.resolve("out")).keySet())
        .allMatch(path -> path.startsWith("sources/com/acme/"))
        .contains("sources/com/acme/X.java", "sources/com/acme/Z.java", "sources/com/acme/EtcPasswd.java");
    assertThat(tree(temp).keySet()).allMatch(path -> path.startsWith("out/sources/com/acme/") || path.startsWith("specs/"));
  }

  @Test
  void aRunThatFailsWhileWritingLeavesThePreviousOutputIntact() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme", List.of(source("com/acme/A.java", "first A"), source("com/acme/B.java", "first B")));
    Map<String, String> before = tree(base);

    // A.java is written as a file, then B needs A.java to be a folder: the disk refuses halfway.
    List<GeneratedFile> failing = List.of(source("com/acme/A.java", "second A"), source("com/acme/A.java/B.java", "x"));
    assertThatThrownBy(() -> writer.replace(base, "com/acme", failing)).isInstanceOf(OutputException.class);

    assertThat(tree(base)).isEqualTo(before);
    try (Stream<Path> left = Files.list(base.resolve("com"))) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder is left behind").containsExactly("acme");
    }
  }

  @Test
  void aSpecWithErrorsLeavesThePreviousOutputIntact() throws IOException {
    Path spec = spec(SPEC);
    Path out = temp.resolve("out/sources");
    GeneratorOptions options = GeneratorOptions.sourcesOnly(List.of(new SpecInput(spec, "com.acme")), out)
        .withGenerateClients(false);
    assertThat(new Generator().generate(options).hasErrors()).isFalse();
    Map<String, String> before = tree(out);
    assertThat(before).containsKey("com/acme/Conversation.java");

    Files.writeString(spec, SPEC.replace("type: object", "type: objet"));
    GenerationResult failed = new Generator().generate(options);

    assertThat(failed.hasErrors()).isTrue();
    assertThat(failed.filesWritten()).isZero();
    assertThat(tree(out)).isEqualTo(before);
  }

  @Test
  void aFolderSpecgenDidNotWriteIsNeverReplaced() throws IOException {
    Path base = temp.resolve("out");
    Files.createDirectories(base.resolve("com/acme"));
    Files.writeString(base.resolve("com/acme/Handwritten.java"), "mine");

    assertThatThrownBy(() -> writer.replace(base, "com/acme", List.of(source("com/acme/X.java", "x"))))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("was not written by Specgen");
    assertThat(tree(base)).containsExactly(Map.entry("com/acme/Handwritten.java", "mine"));
  }

  @Test
  void aFileThatFailsToRenderAmongManyLeavesThePreviousOutputIntact() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme", List.of(source("com/acme/A.java", "first A")));
    Map<String, String> before = tree(base);
    List<GeneratedFile> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int index = i;
      files.add(GeneratedFile.rendered(Target.SOURCES, "com/acme/sub" + (i % 7) + "/T" + i + ".java", () -> {
        if (index == 150) {
          throw new IllegalStateException("cannot render T150");
        }
        return "class T" + index + " {}\n";
      }));
    }

    assertThatThrownBy(() -> writer.replace(base, "com/acme", files))
        .isInstanceOf(IllegalStateException.class).hasMessage("cannot render T150");

    assertThat(tree(base)).isEqualTo(before);
    try (Stream<Path> left = Files.list(base.resolve("com"))) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder is left behind").containsExactly("acme");
    }
  }

  @Test
  void eachFileIsRenderedOnceWhenWrittenAndADuplicatePathRendersOnlyTheClashToNameIt() throws IOException {
    Path base = temp.resolve("out");
    AtomicInteger renders = new AtomicInteger();
    List<GeneratedFile> files = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int index = i;
      files.add(GeneratedFile.rendered(Target.SOURCES, "com/acme/T" + i + ".java",
          () -> "class T" + index + " {} // render " + renders.incrementAndGet() + "\n"));
    }
    List<GeneratedFile> duplicated = new ArrayList<>(files);
    duplicated.add(files.get(3));

    assertThatThrownBy(() -> writer.replace(base, "com/acme", duplicated)).isInstanceOf(OutputException.class);
    assertThat(renders).as("only the two files at one path, read for their source lines").hasValue(2);
    assertThat(tree(temp)).isEmpty();

    writer.replace(base, "com/acme", files);
    assertThat(renders).hasValue(102);
    assertThat(tree(base)).hasSize(101).containsKey("com/acme/T99.java");
  }

  @Test
  void aSecondRunReplacesTheFolderExactly() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme", List.of(source("com/acme/Old.java", "old"), source("com/acme/Kept.java", "v1")));
    writer.replace(base, "com/acme", List.of(source("com/acme/Kept.java", "v2")));

    assertThat(tree(base)).containsOnlyKeys("com/acme/Kept.java", "com/acme/" + OutputWriter.MARKER)
        .containsEntry("com/acme/Kept.java", "v2");
  }

  @Test
  void anUnchangedFileIsKeptAsItWasAndAChangedOneIsRewritten() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme", List.of(source("com/acme/Same.java", "same"), source("com/acme/Changed.java", "v1")));
    Path same = base.resolve("com/acme/Same.java");
    FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(same, longAgo);
    Object sameFile = Files.readAttributes(same, BasicFileAttributes.class).fileKey();

    writer.replace(base, "com/acme", List.of(source("com/acme/Same.java", "same"), source("com/acme/Changed.java", "v2")));

    assertThat(tree(base)).containsOnlyKeys("com/acme/Same.java", "com/acme/Changed.java", "com/acme/" + OutputWriter.MARKER)
        .containsEntry("com/acme/Same.java", "same").containsEntry("com/acme/Changed.java", "v2");
    assertThat(Files.getLastModifiedTime(same)).isEqualTo(longAgo);
    if (sameFile != null) {
      assertThat(Files.readAttributes(same, BasicFileAttributes.class).fileKey()).isEqualTo(sameFile);
    }
    if (Files.getFileStore(same).supportsFileAttributeView("unix")) {
      assertThat(Files.getAttribute(same, "unix:nlink")).as("no other folder still links it").isEqualTo(1);
    }
    try (Stream<Path> siblings = Files.list(base.resolve("com"))) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("acme");
    }
  }

  @Test
  void aGeneratedFileEditedByHandIsRewrittenEvenAtTheSameSize() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme", List.of(source("com/acme/T.java", "generated")));
    Path file = base.resolve("com/acme/T.java");
    Files.writeString(file, "GENERATED");

    writer.replace(base, "com/acme", List.of(source("com/acme/T.java", "generated")));

    assertThat(Files.readString(file)).isEqualTo("generated");
  }

  @Test
  void aSymbolicLinkInThePreviousOutputIsReplacedByAFileAndItsTargetIsLeftAlone() throws IOException {
    Path base = temp.resolve("out");
    Path outside = Files.writeString(temp.resolve("outside.txt"), "same");
    writer.replace(base, "com/acme", List.of(source("com/acme/T.java", "same")));
    Path file = base.resolve("com/acme/T.java");
    Files.delete(file);
    try {
      Files.createSymbolicLink(file, outside);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("this file system has no symbolic links: " + e);
    }

    writer.replace(base, "com/acme", List.of(source("com/acme/T.java", "same")));

    assertThat(Files.isSymbolicLink(file)).isFalse();
    assertThat(Files.readString(file)).isEqualTo("same");
    Files.writeString(file, "changed later");
    assertThat(Files.readString(outside)).isEqualTo("same");
  }

  @Test
  void twoFilesAtOnePathAreRefusedNamingWhereEachCameFrom() throws IOException {
    Path base = temp.resolve("out");
    List<GeneratedFile> files = List.of(
        source("com/acme/Pet.java", "// Source: pets.yaml#/components/schemas/Pet\nclass Pet {}\n"),
        source("com/acme/Other.java", "class Other {}\n"),
        source("com/acme/Pet.java", "// Source: pets.yaml#/paths/~1pets/get\nclass Pet {}\n"));

    assertThatThrownBy(() -> writer.replace(base, "com/acme", files))
        .isInstanceOf(OutputException.class)
        .hasMessage("two generated files have the same path com/acme/Pet.java:"
            + " one from pets.yaml#/components/schemas/Pet, one from pets.yaml#/paths/~1pets/get;"
            + " nothing was written");
    assertThat(tree(temp)).isEmpty();
  }

  @Test
  void twoFilesWithoutSourceLinesAtOnePathAreRefusedToo() {
    List<GeneratedFile> files = List.of(new GeneratedFile(Target.DOCS, "front/README.md", "a"),
        new GeneratedFile(Target.DOCS, "front/README.md", "b"));

    assertThatThrownBy(() -> writer.replace(temp.resolve("docs"), "front", files))
        .isInstanceOf(OutputException.class)
        .hasMessage("two generated files have the same path front/README.md: one from a docs file"
            + " without a source line, one from a docs file without a source line; nothing was written");
  }

  @Test
  void aFolderHoldingOnlyEarlierOutputIsReplacedAfterThePackageIsShortened() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme/front", List.of(source("com/acme/front/Old.java", "old")));

    writer.replace(base, "com/acme", List.of(source("com/acme/New.java", "new")));

    assertThat(tree(base)).containsOnlyKeys("com/acme/New.java", "com/acme/" + OutputWriter.MARKER);
  }

  @Test
  void aFolderHoldingEarlierOutputAndAUserFileIsNotReplaced() throws IOException {
    Path base = temp.resolve("out");
    writer.replace(base, "com/acme/front", List.of(source("com/acme/front/Old.java", "old")));
    Files.writeString(base.resolve("com/acme/Mine.java"), "mine");

    assertThatThrownBy(() -> writer.replace(base, "com/acme", List.of(source("com/acme/New.java", "new"))))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("was not written by Specgen");
    assertThat(tree(base)).containsKeys("com/acme/Mine.java", "com/acme/front/Old.java");
  }

  @Test
  void staleOutputsAreDeletedOnlyWhenMarkedAndInsideTheRoots() throws IOException {
    Path out = temp.resolve("out");
    Path current = out.resolve("com/acme/front");
    writer.replace(out, "com/acme/front", List.of(source("com/acme/front/F.java", "f")));
    Path stale = out.resolve("com/acme/old");
    writer.replace(out, "com/acme/old", List.of(source("com/acme/old/Old.java", "old")));
    Path unmarked = out.resolve("com/acme/mine");
    Files.createDirectories(unmarked);
    Files.writeString(unmarked.resolve("Mine.java"), "mine");
    Path elsewhere = temp.resolve("elsewhere");
    writer.replace(elsewhere, "pkg", List.of(source("pkg/P.java", "p")));

    List<Path> deleted = writer.deleteStale(
        List.of(stale, unmarked, elsewhere.resolve("pkg"), current), List.of(current), List.of(out));

    assertThat(deleted).containsExactly(stale);
    assertThat(stale).doesNotExist();
    assertThat(unmarked.resolve("Mine.java")).exists();
    assertThat(elsewhere.resolve("pkg/P.java")).exists();
    assertThat(current.resolve("F.java")).exists();
  }

  @Test
  void aStaleFolderHoldingACurrentOneIsKept() throws IOException {
    Path out = temp.resolve("out");
    writer.replace(out, "com/acme", List.of(source("com/acme/A.java", "a")));
    Path current = out.resolve("com/acme/front");

    assertThat(writer.deleteStale(List.of(out.resolve("com/acme")), List.of(current), List.of(out)))
        .isEmpty();
    assertThat(out.resolve("com/acme/A.java")).exists();
  }
}
