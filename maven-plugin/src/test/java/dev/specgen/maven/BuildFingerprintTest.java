package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import dev.specgen.maven.BuildFingerprint.Check;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build state decides spec by spec: a change to one spec, or to a fragment, makes exactly the
 * specs that reach it stale, and the state holds in another checkout folder.
 */
class BuildFingerprintTest {

  @TempDir
  Path dir;

  private Path project;
  private SpecInput front;
  private SpecInput orders;
  private Path fragment;
  private Path frontOutput;
  private Path ordersOutput;

  @BeforeEach
  void files() throws IOException {
    project = dir.resolve("project");
    front = new SpecInput(write("specs/front.yaml", "openapi: 3.1.0\n"), "com.acme.front");
    orders = new SpecInput(write("specs/orders.yaml", "openapi: 3.1.0 # orders\n"), "com.acme.orders");
    fragment = write("../shared/common/shared.yaml", "components: {}\n");
    frontOutput = project.resolve("out/com/acme/front");
    ordersOutput = project.resolve("out/com/acme/orders");
    write("out/com/acme/front/" + OutputWriter.MARKER, "generated\n");
    write("out/com/acme/orders/" + OutputWriter.MARKER, "generated\n");
  }

  @Test
  void nothingRecordedMeansEverySpecIsStale() {
    Check check = fingerprint("config").check(List.of(front, orders));

    assertThat(check.stale()).containsExactly(front, orders);
    assertThat(check.upToDate()).isFalse();
  }

  @Test
  void upToDateWhenNothingChangedWithTheWarningsInSpecOrder() throws IOException {
    record("config", List.of("orders.yaml:3:1: warning: w"));

    Check check = fingerprint("config").check(List.of(front, orders));
    assertThat(check.upToDate()).isTrue();
    assertThat(check.warnings()).containsExactly("front.yaml:3:1: warning: w",
        "orders.yaml:3:1: warning: w");
  }

  @Test
  void aChangedSpecMakesOnlyThatSpecStale() throws IOException {
    record("config", List.of());
    Files.writeString(orders.spec(), "openapi: 3.1.0 # orders, changed\n");

    Check check = fingerprint("config").check(List.of(front, orders));
    assertThat(check.stale()).containsExactly(orders);
    assertThat(check.fresh()).extracting(SpecRecord::spec).containsExactly("specs/front.yaml");
  }

  @Test
  void aChangedFragmentMakesStaleTheSpecsThatReachIt() throws IOException {
    record("config", List.of()); // only front reaches the fragment
    Files.writeString(fragment, "components: {schemas: {}}\n");

    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).containsExactly(front);
  }

  @Test
  void theContentCountsNotTheFileTime() throws IOException {
    record("config", List.of());
    Files.setLastModifiedTime(fragment, FileTime.fromMillis(0));

    assertThat(fingerprint("config").check(List.of(front, orders)).upToDate()).isTrue();
  }

  @Test
  void aDeletedFragmentMakesItsSpecStale() throws IOException {
    record("config", List.of());
    Files.delete(fragment);

    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).containsExactly(front);
  }

  @Test
  void anotherPackageMakesTheSpecStaleAndRetiresItsOldFolder() throws IOException {
    record("config", List.of());
    SpecInput moved = new SpecInput(orders.spec(), "com.acme.shop.orders");

    Check check = fingerprint("config").check(List.of(front, moved));
    assertThat(check.stale()).containsExactly(moved);
    assertThat(check.retired()).containsExactly(ordersOutput);
    assertThat(check.removed()).isZero();
  }

  @Test
  void anotherConfigurationMakesEverySpecStaleAndRetiresEveryFolder() throws IOException {
    record("config", List.of());

    Check check = fingerprint("config, changed").check(List.of(front, orders));
    assertThat(check.stale()).containsExactly(front, orders);
    assertThat(check.retired()).containsExactlyInAnyOrder(frontOutput, ordersOutput);
  }

  @Test
  void aSpecNoLongerConfiguredRetiresItsFolders() throws IOException {
    record("config", List.of());

    Check check = fingerprint("config").check(List.of(front));
    assertThat(check.stale()).isEmpty();
    assertThat(check.removed()).isEqualTo(1);
    assertThat(check.retired()).containsExactly(ordersOutput);
    assertThat(check.upToDate()).isFalse();
  }

  @Test
  void aMissingOutputMarkerMakesItsSpecStale() throws IOException {
    record("config", List.of());
    Files.delete(ordersOutput.resolve(OutputWriter.MARKER));

    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).containsExactly(orders);
  }

  @Test
  void aDamagedStateFileMakesEverySpecStale() throws IOException {
    record("config", List.of());
    Files.writeString(stateFile(), StateFile.HEADER + "\npackage before any spec\n");

    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).hasSize(2);
  }

  @Test
  void keepingTheFreshSpecsForgetsTheStaleOnes() throws IOException {
    record("config", List.of());
    Files.writeString(orders.spec(), "openapi: 3.1.0 # orders, changed\n");
    BuildFingerprint fingerprint = fingerprint("config");

    fingerprint.keepFresh(fingerprint.check(List.of(front, orders)));
    Files.writeString(orders.spec(), "openapi: 3.1.0 # orders\n"); // back as it was recorded

    assertThat(fingerprint.check(List.of(front, orders)).stale()).containsExactly(orders);
  }

  @Test
  void theStateNamesEveryFileRelativeToTheProject() throws IOException {
    record("config", List.of());

    String state = Files.readString(stateFile(), StandardCharsets.UTF_8);
    assertThat(state).startsWith("specgen-state 3\nconfig ")
        .contains("spec specs/front.yaml\npackage com.acme.front\n")
        .contains("file " + FileStamp.sha256(Files.readAllBytes(fragment)) + " "
            + Files.size(fragment) + " " + Files.getLastModifiedTime(fragment).toMillis()
            + " ../shared/common/shared.yaml\n")
        .contains("output out/com/acme/front\n")
        .doesNotContain(dir.toString());
  }

  @Test
  void aStateCopiedToAnotherCheckoutFolderHoldsThere() throws IOException {
    record("config", List.of());
    Path other = Files.createDirectories(dir.resolve("elsewhere"));
    copyTree(dir, other, Set.of(other)); // new files, new modification times
    Path copy = other.resolve("project");

    BuildFingerprint there = new BuildFingerprint(copy.resolve(STATE), copy, "config");
    Check check = there.check(List.of(new SpecInput(copy.resolve("specs/front.yaml"), "com.acme.front"),
        new SpecInput(copy.resolve("specs/orders.yaml"), "com.acme.orders")));
    assertThat(check.upToDate()).isTrue();
  }

  @Test
  void aSameSizeEditIsSeenWhileTheFileIsRacilyClean() throws IOException {
    FileTime time = Files.getLastModifiedTime(fragment);
    record("config", List.of()); // just now: within the racy window of the fragment's time
    Files.writeString(fragment, "components: []\n"); // same length
    Files.setLastModifiedTime(fragment, time);

    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).containsExactly(front);
  }

  @Test
  void anOldFileWithItsRecordedSizeAndTimeIsNotRead() throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    for (Path file : List.of(fragment, front.spec(), orders.spec())) {
      Files.setLastModifiedTime(file, old);
    }
    record("config", List.of());
    // Same length and time: taken as unchanged without hashing, the price of a fast check.
    Files.writeString(fragment, "components: []\n");
    Files.setLastModifiedTime(fragment, old);
    assertThat(fingerprint("config").check(List.of(front, orders)).upToDate()).isTrue();
    // A different time makes it hashed again.
    Files.setLastModifiedTime(fragment, FileTime.fromMillis(old.toMillis() + 1000));
    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).containsExactly(front);
  }

  @Test
  void theDescriptionCoversEverySharedSettingWithProjectRelativePaths() {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(List.of(front), project.resolve("out"));
    String base = BuildFingerprint.describe(options, project, List.of("plugin 1.0"));

    assertThat(base).contains("plugin 1.0", "sources out\n", "clients true").doesNotContain(
        dir.toString());
    assertThat(BuildFingerprint.describe(options.withGenerateClients(false), project,
        List.of("plugin 1.0"))).isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(options.withDocs(project.resolve("docs")), project,
        List.of("plugin 1.0"))).isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(options, project, List.of("plugin 1.1")))
        .isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(options.withLoad(options.load().withRefRoot(dir)),
        project, List.of("plugin 1.0"))).isNotEqualTo(base);
    Path elsewhere = dir.resolve("elsewhere/project");
    assertThat(BuildFingerprint.describe(GeneratorOptions.sourcesOnly(List.of(front),
        elsewhere.resolve("out")), elsewhere, List.of("plugin 1.0"))).isEqualTo(base);
  }

  @Test
  void ownedFoldersAreThePackageDocsAndSnippetFolders() {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(
        List.of(front), project.resolve("src"))
        .withDocs(project.resolve("docs")).withSnippets(project.resolve("snippets"));

    assertThat(Generator.ownedFolders(options)).containsExactly(
        project.resolve("src/com/acme/front"), project.resolve("docs/front"),
        project.resolve("snippets/com/acme/front"));
  }

  private static final String STATE = "target/specgen-state/default.properties";

  private Path stateFile() {
    return project.resolve(STATE);
  }

  /** Records both specs, front reaching the fragment, each with its own copy of the warnings. */
  private void record(String config, List<String> warnings) throws IOException {
    BuildFingerprint fingerprint = fingerprint(config);
    List<SpecRecord> records = new ArrayList<>();
    records.add(recordOf(fingerprint, front, Set.of(front.spec(), fragment), frontOutput,
        warnings.stream().map(w -> w.replace("orders", "front")).toList()));
    records.add(recordOf(fingerprint, orders, Set.of(orders.spec()), ordersOutput, warnings));
    fingerprint.record(records, System.currentTimeMillis());
  }

  private static SpecRecord recordOf(BuildFingerprint fingerprint, SpecInput spec, Set<Path> closure,
      Path output, List<String> warnings) {
    SpecReport report = new SpecReport(spec, Optional.empty(), new Diagnostics(), closure);
    return fingerprint.recordOf(report, List.of(output), warnings).orElseThrow();
  }

  private BuildFingerprint fingerprint(String config) {
    return new BuildFingerprint(stateFile(), project, config);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = project.resolve(relative).normalize();
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static void copyTree(Path from, Path to, Set<Path> skip) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.filter(p -> skip.stream().noneMatch(p::startsWith)).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
