package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.specgen.diag.Diagnostic;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.OutputPaths;
import dev.specgen.naming.SpecSegments;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each spec under {@code src/test/resources/specs/models/} (one construct each) and
 * each flagship spec in the repository's {@code specs/} must generate exactly the sources under
 * {@code src/test/resources/expected/<group>/<name>/}, and those sources must compile without a
 * warning. The reader's diagnostics are kept beside them in {@code diagnostics.txt}.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the expected files after an intended change,
 * then review the difference.
 */
class ModelGoldenTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final List<String> FLAGSHIP = List.of("front", "chatwoot", "highlevel", "inquirly");
  private static final String DIAGNOSTICS = "diagnostics.txt";

  /** One golden case: a spec, where its expected sources live, and the package they use. */
  record Golden(String group, String name, Path spec) {

    Path expectedDir() {
      return SpecgenTestKit.testResources().resolve("expected").resolve(group).resolve(name);
    }

    String packageName() {
      return "dev.specgen." + group + "." + SpecSegments.of(spec);
    }

    @Override
    public String toString() {
      return group + "/" + name;
    }
  }

  static Stream<Golden> goldens() {
    return Stream.concat(focused().stream(), flagship().stream());
  }

  private static List<Golden> focused() {
    Path dir = SpecgenTestKit.testResources().resolve("specs/models");
    try (Stream<Path> specs = Files.list(dir)) {
      return specs.filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(p -> new Golden("models", p.getFileName().toString().replace(".yaml", ""), p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Golden> flagship() {
    Path specs = SpecgenTestKit.repoRoot().resolve("specs");
    return FLAGSHIP.stream()
        .filter(name -> Files.exists(specs.resolve(name + ".yaml")))
        .map(name -> new Golden("flagship", name, specs.resolve(name + ".yaml")))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void generatedSourcesMatchTheGoldenFiles(Golden golden) throws IOException {
    LoadResult result = SpecgenTestKit.load(golden.spec(), LoadOptions.defaults());
    Map<String, String> actual = new TreeMap<>();
    for (GeneratedFile file : SpecgenTestKit.sources(result.model().orElseThrow(), golden.packageName(), false)) {
      actual.put(fileName(file), file.content());
    }
    String diagnostics = diagnostics(result);
    if (!diagnostics.isEmpty()) {
      actual.put(DIAGNOSTICS, diagnostics);
    }
    if (UPDATE) {
      rewrite(golden.expectedDir(), actual);
    }
    Map<String, String> expected = read(golden.expectedDir());
    assertThat(actual.keySet()).as("files of %s (run with -Dgolden.update=true to accept)", golden)
        .containsExactlyElementsOf(expected.keySet());
    actual.forEach((file, content) -> assertSameText(golden + "/" + file, expected.get(file), content));
  }

  @Test
  void flagshipSpecsAllHaveGoldenFiles() {
    assertThat(flagship()).as("flagship specs in %s", SpecgenTestKit.repoRoot().resolve("specs"))
        .extracting(Golden::name)
        .containsExactlyElementsOf(FLAGSHIP);
  }

  @Test
  void goldenFilesCompileWithoutWarnings() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    for (Golden golden : goldens().toList()) {
      Map<String, String> files = read(golden.expectedDir());
      files.forEach((file, content) -> {
        if (file.endsWith(".java")) {
          sources.put(OutputPaths.packageFolder(golden.packageName()) + "/" + file, content);
        }
      });
    }
    assertThat(sources).isNotEmpty();
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.create().compile(sources).assertSucceeded();
    assertThat(compilation.warnings()).as("javac -Xlint:all warnings").isEmpty();
  }

  @Test
  void sameSpecGivesByteIdenticalOutputWherever(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    for (Golden golden : focused()) {
      Path copy = temp.resolve("elsewhere").resolve(golden.spec().getFileName());
      Files.createDirectories(copy.getParent());
      Files.copy(golden.spec(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      List<GeneratedFile> first = SpecgenTestKit.sources(SpecgenTestKit.loadModel(golden.spec()), golden.packageName(), false);
      List<GeneratedFile> again = SpecgenTestKit.sources(SpecgenTestKit.loadModel(golden.spec()), golden.packageName(), false);
      List<GeneratedFile> moved = SpecgenTestKit.sources(SpecgenTestKit.loadModel(copy), golden.packageName(), false);
      assertThat(again).as("%s generated twice", golden).isEqualTo(first);
      assertThat(moved).as("%s generated from another folder", golden).isEqualTo(first);
    }
  }

  /** {@code Contact.java}: goldens keep one folder per spec, without the package folders. */
  private static String fileName(GeneratedFile file) {
    String path = file.relativePath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The reader's diagnostics, with file names only, so the text does not depend on the machine. */
  private static String diagnostics(LoadResult result) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : result.diagnostics().all()) {
      Path file = d.location().file().getFileName();
      out.append(file).append(':').append(d.location().line()).append(':').append(d.location().column())
          .append(": ").append(d.severity().label()).append(": ").append(d.message())
          .append(" (at ").append(d.location().pointer()).append(")\n");
    }
    return out.toString();
  }

  private static void rewrite(Path dir, Map<String, String> files) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> old = Files.list(dir)) {
        for (Path path : old.toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path path : paths.sorted().toList()) {
        files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** Equal texts, or a failure that shows the first differing line rather than two whole files. */
  private static void assertSameText(String what, String expected, String actual) {
    if (actual.equals(expected)) {
      return;
    }
    List<String> expectedLines = expected.lines().toList();
    List<String> actualLines = actual.lines().toList();
    int line = 0;
    while (line < Math.min(expectedLines.size(), actualLines.size())
        && expectedLines.get(line).equals(actualLines.get(line))) {
      line++;
    }
    List<String> context = new ArrayList<>();
    context.add("expected: " + (line < expectedLines.size() ? expectedLines.get(line) : "<end of file>"));
    context.add("actual:   " + (line < actualLines.size() ? actualLines.get(line) : "<end of file>"));
    fail(what + " differs from its golden file at line " + (line + 1)
        + " (run with -Dgolden.update=true to accept)\n" + context.stream().collect(Collectors.joining("\n")));
  }
}
