package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.SpecInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFingerprintTest {

  @TempDir
  Path dir;

  private Path spec;
  private Path fragment;
  private Path output;
  private Path stateFile;

  @BeforeEach
  void files() throws IOException {
    spec = write("specs/front.yaml", "openapi: 3.1.0\n");
    fragment = write("specs/common/shared.yaml", "components: {}\n");
    output = dir.resolve("out/com/acme/front");
    write("out/com/acme/front/" + OutputWriter.MARKER, "generated\n");
    stateFile = dir.resolve("target/specgen-state/default.properties");
  }

  @Test
  void nothingRecordedMeansGenerate() {
    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void upToDateWhenNothingChanged() throws IOException {
    record("config", List.of("front.yaml:3:1: warning: w"));

    assertThat(fingerprint("config").upToDate()).contains(List.of("front.yaml:3:1: warning: w"));
  }

  @Test
  void aChangedRefTargetMeansGenerate() throws IOException {
    record("config", List.of());
    Files.writeString(fragment, "components: {schemas: {}}\n");

    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void theContentCountsNotTheFileTime() throws IOException {
    record("config", List.of());
    Files.setLastModifiedTime(fragment, FileTime.fromMillis(0));

    assertThat(fingerprint("config").upToDate()).isPresent();
  }

  @Test
  void aDeletedRefTargetMeansGenerate() throws IOException {
    record("config", List.of());
    Files.delete(fragment);

    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void anotherConfigurationMeansGenerate() throws IOException {
    record("config", List.of());

    assertThat(fingerprint("config, changed").upToDate()).isEmpty();
  }

  @Test
  void aMissingOutputMarkerMeansGenerate() throws IOException {
    record("config", List.of());
    Files.delete(output.resolve(OutputWriter.MARKER));

    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void aDamagedStateFileMeansGenerate() throws IOException {
    record("config", List.of());
    Files.writeString(stateFile, "something else\n");

    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void forgettingDeletesTheStateAndReturnsThePreviousOutputs() throws IOException {
    record("config", List.of());

    assertThat(fingerprint("config").forget()).containsExactly(output);
    assertThat(stateFile).doesNotExist();
    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void theStateListsEveryFileWithItsHash() throws IOException {
    record("config", List.of());

    String state = Files.readString(stateFile, StandardCharsets.UTF_8);
    assertThat(state).startsWith("specgen-state 2\nconfig ")
        .contains("file " + BuildFingerprint.sha256(Files.readAllBytes(fragment)) + " "
            + Files.size(fragment) + " " + Files.getLastModifiedTime(fragment).toMillis() + " " + fragment)
        .contains("file " + BuildFingerprint.sha256(Files.readAllBytes(spec)))
        .contains("output " + output);
  }

  @Test
  void aSameSizeEditIsSeenWhileTheFileIsRacilyClean() throws IOException {
    FileTime time = Files.getLastModifiedTime(fragment);
    record("config", List.of()); // just now: within the racy window of the fragment's time
    Files.writeString(fragment, "components: []\n"); // same length
    Files.setLastModifiedTime(fragment, time);

    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void anOldFileWithItsRecordedSizeAndTimeIsNotRead() throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(fragment, old);
    Files.setLastModifiedTime(spec, old);
    record("config", List.of());
    // Same length and time: taken as unchanged without hashing, the price of a fast check.
    Files.writeString(fragment, "components: []\n");
    Files.setLastModifiedTime(fragment, old);
    assertThat(fingerprint("config").upToDate()).isPresent();
    // A different time makes it hashed again.
    Files.setLastModifiedTime(fragment, FileTime.fromMillis(old.toMillis() + 1000));
    assertThat(fingerprint("config").upToDate()).isEmpty();
  }

  @Test
  void theDescriptionCoversEveryOption() {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "com.acme.front")), dir.resolve("out"));
    String base = BuildFingerprint.describe(options, List.of("plugin 1.0"));

    assertThat(base).contains("plugin 1.0", "com.acme.front", spec.toString(), "clients true");
    assertThat(BuildFingerprint.describe(options.withGenerateClients(false), List.of("plugin 1.0")))
        .isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(options.withDocs(dir.resolve("docs")), List.of("plugin 1.0")))
        .isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(options, List.of("plugin 1.1"))).isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(options.withLoad(options.load().withRefRoot(dir)),
        List.of("plugin 1.0"))).isNotEqualTo(base);
  }

  @Test
  void ownedFoldersAreThePackageDocsAndSnippetFolders() {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "com.acme.front")), dir.resolve("src"))
        .withDocs(dir.resolve("docs")).withSnippets(dir.resolve("snippets"));

    assertThat(Generator.ownedFolders(options)).containsExactly(
        dir.resolve("src/com/acme/front"), dir.resolve("docs/front"),
        dir.resolve("snippets/com/acme/front"));
  }

  private void record(String config, List<String> warnings) throws IOException {
    fingerprint(config).record(List.of(spec, fragment), List.of(output), warnings);
  }

  private BuildFingerprint fingerprint(String config) {
    return new BuildFingerprint(stateFile, config);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
