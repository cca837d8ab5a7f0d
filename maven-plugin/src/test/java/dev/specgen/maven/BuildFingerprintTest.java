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
    assertThat(state).startsWith("specgen-state 4\nsetting config\nspec ")
        .contains("spec specs/front.yaml\nrecorded ")
        .contains("\npackage com.acme.front\n")
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

    BuildFingerprint there = new BuildFingerprint(copy.resolve(STATE), copy, List.of("config"));
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
  void eachSpecIsTrustedFromWhenItsOwnFilesWereRead() throws IOException {
    // The first build, five minutes ago, recorded both specs from files older still.
    FileTime older = FileTime.fromMillis(System.currentTimeMillis() - 600_000);
    for (Path file : List.of(fragment, front.spec(), orders.spec())) {
      Files.setLastModifiedTime(file, older);
    }
    record("config", List.of());
    backdateRecords(300_000);
    // orders was edited a minute ago, then generated and recorded again just now.
    FileTime edited = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.writeString(orders.spec(), "openapi: 3.1.0 # orders, edited\n");
    Files.setLastModifiedTime(orders.spec(), edited);
    BuildFingerprint fingerprint = fingerprint("config");
    Check check = fingerprint.check(List.of(front, orders));
    assertThat(check.stale()).containsExactly(orders);
    fingerprint.keepFresh(check);
    fingerprint.record(List.of(check.fresh().get(0),
        recordOf(fingerprint, orders, Set.of(orders.spec()), ordersOutput, List.of())));

    // The edit is older than orders' own record, so orders is no longer read: a same-size change
    // that keeps the time goes unseen (the price above). Measured from the first build's record,
    // the edit would count as racy and orders would be read on every build.
    Files.writeString(orders.spec(), "openapi: 3.1.0 # orders, EDITED\n");
    Files.setLastModifiedTime(orders.spec(), edited);
    assertThat(fingerprint.unchanged(List.of(front.spec(), orders.spec()))).isPresent();
  }

  @Test
  void theDescriptionCoversEverySharedSettingWithProjectRelativePaths() {
    SpecgenSettings settings = settings(project);
    List<String> base = BuildFingerprint.describe(settings, true, List.of("plugin 1.0"));

    assertThat(base).startsWith("plugin 1.0").contains("sources out", "docs -", "snippets -",
        "clients true", "html true", "package -", "refRoot .", "failOnWarnings false");
    assertThat(String.join("\n", base)).doesNotContain(dir.toString());
    long bytes = settings.maxSpecBytes();
    List<SpecgenSettings> changed = List.of(
        settings(project, Optional.of("com.acme"), bytes, Optional.empty(), true, false),
        settings(project, Optional.empty(), 1234, Optional.empty(), true, false),
        settings(project, Optional.empty(), bytes, Optional.of(Path.of("docs")), true, false),
        settings(project, Optional.empty(), bytes, Optional.empty(), false, false),
        settings(project, Optional.empty(), bytes, Optional.empty(), true, true),
        settings.withRefRoot(Path.of("specs")));
    for (SpecgenSettings other : changed) {
      assertThat(BuildFingerprint.describe(other, true, List.of("plugin 1.0"))).isNotEqualTo(base);
    }
    assertThat(BuildFingerprint.describe(settings, false, List.of("plugin 1.0"))).isNotEqualTo(base);
    assertThat(BuildFingerprint.describe(settings, true, List.of("plugin 1.1"))).isNotEqualTo(base);
    // Which specs there are is compared spec by spec, not as a setting.
    assertThat(BuildFingerprint.describe(settings.withSpecs(List.of(front.spec())), true,
        List.of("plugin 1.0"))).isEqualTo(base);
    Path elsewhere = dir.resolve("elsewhere/project");
    assertThat(BuildFingerprint.describe(settings(elsewhere), true, List.of("plugin 1.0")))
        .isEqualTo(base);
  }

  @Test
  void unchangedReplaysTheWarningsWhenEverySpecIsUpToDate() throws IOException {
    record("config", List.of("orders.yaml:3:1: warning: w"));

    assertThat(fingerprint("config").unchanged(List.of(front.spec(), orders.spec())))
        .contains(List.of("front.yaml:3:1: warning: w", "orders.yaml:3:1: warning: w"));
  }

  @Test
  void unchangedIsEmptyWhenAnythingIsToBeDone() throws IOException {
    List<Path> both = List.of(front.spec(), orders.spec());
    assertThat(fingerprint("config").unchanged(both)).as("no state").isEmpty();

    record("config", List.of());
    assertThat(fingerprint("config").unchanged(both)).isPresent();
    assertThat(fingerprint("config, changed").unchanged(both)).as("a setting").isEmpty();
    assertThat(fingerprint("config").unchanged(List.of(front.spec()))).as("a spec gone").isEmpty();
    Path added = write("specs/added.yaml", "openapi: 3.1.0\n");
    assertThat(fingerprint("config").unchanged(List.of(added, front.spec(), orders.spec())))
        .as("a spec added").isEmpty();
    assertThat(fingerprint("config").unchanged(List.of(added, front.spec())))
        .as("a spec replaced by another").isEmpty();

    Files.delete(ordersOutput.resolve(OutputWriter.MARKER));
    assertThat(fingerprint("config").unchanged(both)).as("an output marker deleted").isEmpty();
    write("out/com/acme/orders/" + OutputWriter.MARKER, "generated\n");
    assertThat(fingerprint("config").unchanged(both)).isPresent();

    Files.writeString(fragment, "components: {schemas: {}}\n");
    assertThat(fingerprint("config").unchanged(both)).as("a fragment edited").isEmpty();
  }

  @Test
  void settingsWithLineBreaksAndBackslashesAreKeptExactly() throws IOException {
    List<String> settings = List.of("sources a\\b", "docs a\nb", "snippets a\\nb\r");
    BuildFingerprint fingerprint = new BuildFingerprint(stateFile(), project, settings);
    fingerprint.record(List.of());

    assertThat(Files.readAllLines(stateFile())).contains("setting docs a\\nb");
    assertThat(fingerprint.unchanged(List.of())).isPresent();
    assertThat(new BuildFingerprint(stateFile(), project,
        List.of("sources a\\b", "docs a\\nb", "snippets a\\nb\r")).unchanged(List.of())).isEmpty();
  }

  @Test
  void aStateOfTheEarlierFormatMeansGenerate() throws IOException {
    record("config", List.of());
    String state = Files.readString(stateFile(), StandardCharsets.UTF_8);
    Files.writeString(stateFile(), state.replace(StateFile.HEADER, "specgen-state 3"));

    assertThat(fingerprint("config").unchanged(List.of(front.spec(), orders.spec()))).isEmpty();
    assertThat(fingerprint("config").check(List.of(front, orders)).stale()).hasSize(2);
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

  /** The settings {@code describe} starts from: no package, sources only, warnings pass. */
  private static SpecgenSettings settings(Path basedir) {
    return settings(basedir, Optional.empty(), 50L * 1024 * 1024, Optional.empty(), true, false);
  }

  private static SpecgenSettings settings(Path basedir, Optional<String> packageName,
      long maxSpecBytes, Optional<Path> docs, boolean clients, boolean failOnWarnings) {
    return new SpecgenSettings(basedir, List.of(), Path.of("specs"), null, null, packageName,
        Path.of("."), maxSpecBytes, Path.of("out"), docs, Optional.empty(), clients,
        failOnWarnings);
  }

  /** Moves every record's time {@code millis} back, as if an earlier build had made it. */
  private void backdateRecords(long millis) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(stateFile())) {
      lines.add(line.startsWith("recorded ")
          ? "recorded " + (Long.parseLong(line.substring("recorded ".length())) - millis) : line);
    }
    Files.write(stateFile(), lines);
  }

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
    fingerprint.record(records);
  }

  private static SpecRecord recordOf(BuildFingerprint fingerprint, SpecInput spec, Set<Path> closure,
      Path output, List<String> warnings) {
    SpecReport report = new SpecReport(spec, Optional.empty(), new Diagnostics(), closure);
    return fingerprint.recordOf(report, List.of(output), warnings).orElseThrow();
  }

  private BuildFingerprint fingerprint(String config) {
    return new BuildFingerprint(stateFile(), project, List.of(config));
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
