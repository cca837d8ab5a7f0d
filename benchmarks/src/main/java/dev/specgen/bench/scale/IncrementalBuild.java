package dev.specgen.bench.scale;

import dev.specgen.bench.MavenCommand;
import dev.specgen.bench.ProcessRunner;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.SyntheticSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A one-spec change in a many-spec project: a single-module Maven project whose one {@code
 * specgen-maven-plugin} execution generates {@code specs} small synthetic specs (10 to 20
 * operations each, from {@code src/main/specs}). One {@code generate-sources} generates them all;
 * then one spec's title changes and a second {@code generate-sources} is timed. What it
 * regenerated is read twice: from the plugin's log ({@code Specgen: 1 spec, ...} and {@code N
 * spec(s) up to date}) and from the files under {@code target/} whose size or modification time
 * changed (the plugin's state folder aside), grouped by the spec they belong to.
 */
public final class IncrementalBuild {

  /** The spec the second build changes: the eighth, or the last of a smaller project. */
  static int changedIndex(int specs) {
    return Math.min(7, specs - 1);
  }

  private static final Pattern GENERATED = Pattern.compile(
      "Specgen: (\\d+) specs?, .* in (\\d+) ms");
  private static final Pattern UP_TO_DATE = Pattern.compile(
      "Specgen: (\\d+) spec\\(s\\) up to date, left as they were");

  /**
   * What the second build did.
   *
   * @param specs specs in the project
   * @param loggedRegenerated specs the plugin says it generated (empty if it logged none)
   * @param loggedUpToDate specs the plugin says it left as they were
   * @param pluginMillis the plugin's own logged time for that generation, -1 if not logged
   * @param build the whole {@code mvn generate-sources} of the second build
   * @param specsWithChangedFiles the specs whose output files changed, by the files' modification
   *     time and size
   * @param changedFiles how many output files changed (new, rewritten or deleted)
   * @param failure why nothing was measured, when nothing was
   */
  public record Result(int specs, OptionalInt loggedRegenerated, OptionalInt loggedUpToDate,
      long pluginMillis, Optional<Measurement> build, Set<String> specsWithChangedFiles,
      int changedFiles, Optional<String> failure) {

    /** Whether exactly the changed spec was regenerated, by the log and by the files. */
    public boolean onlyTheChangedSpec() {
      return failure.isEmpty() && loggedRegenerated.orElse(-1) == 1
          && loggedUpToDate.orElse(-1) == specs - 1
          && specsWithChangedFiles.equals(Set.of(specName(changedIndex(specs))));
    }

    static Result failed(int specs, String why) {
      return new Result(specs, OptionalInt.empty(), OptionalInt.empty(), -1, Optional.empty(),
          Set.of(), 0, Optional.of(why));
    }
  }

  private final MavenCommand maven;
  private final ProcessRunner runner;
  private final PrintStream log;

  /**
   * @param maven runs the builds, with the local repository Specgen is installed in
   * @param runner times each build (its time limit applies)
   * @param log progress
   */
  public IncrementalBuild(MavenCommand maven, ProcessRunner runner, PrintStream log) {
    this.maven = maven;
    this.runner = runner;
    this.log = log;
  }

  /** Operations of spec {@code index}: 10 to 20. */
  static int operationsOf(int index) {
    return 10 + (index * 7) % 11;
  }

  static String specName(int index) {
    return String.format("s%02d", index);
  }

  /**
   * Writes the project into {@code root} (emptied by the caller).
   *
   * @param root the project folder
   * @param specs how many specs
   * @param specgenVersion the plugin and runtime version
   * @return the module folder (the one with the specs)
   * @throws IOException if a file cannot be written
   */
  public static Path writeProject(Path root, int specs, String specgenVersion) throws IOException {
    Map<String, String> versions = Map.of("specgen.version", specgenVersion);
    write(root.resolve("pom.xml"), ScalePoms.parent(ScaleProject.Tool.SPECGEN,
        "    <module>app</module>\n", versions));
    Path module = root.resolve("app");
    write(module.resolve("pom.xml"), ScalePoms.module("app", ScaleProject.Tool.SPECGEN,
        ScalePoms.specgenPlugin("bench.many")));
    for (int i = 0; i < specs; i++) {
      SyntheticSpec.write(operationsOf(i), module.resolve("src/main/specs/" + specName(i) + ".json"));
    }
    return module;
  }

  /**
   * Writes the project, builds it, changes one spec and builds it again.
   *
   * @param root the project folder (emptied first by the caller)
   * @param specs how many specs
   * @param specgenVersion the plugin and runtime version
   * @param logs where the build logs go
   * @return what the second build regenerated
   * @throws IOException if the project cannot be written or a build cannot be started
   */
  public Result run(Path root, int specs, String specgenVersion, Path logs) throws IOException {
    Path module = writeProject(root, specs, specgenVersion);
    Path pom = root.resolve("pom.xml");
    Measurement first = runner.run(maven.build(pom, "generate-sources"), root,
        logs.resolve("incremental-first.log"));
    log.printf("incremental: first build of %d specs %.0f ms, exit %d%n", specs, first.millis(),
        first.exitCode());
    if (!first.ok()) {
      return Result.failed(specs, "the first build failed (exit code " + first.exitCode()
          + "; see logs/incremental-first.log)");
    }
    Map<Path, String> before = stamps(module.resolve("target"));
    ScaleBenchmark.changeOneSpec(module, "src/main/specs/" + specName(changedIndex(specs)) + ".json");
    Measurement second = runner.run(maven.build(pom, "generate-sources"), root,
        logs.resolve("incremental-second.log"));
    log.printf("incremental: build after one change %.0f ms, exit %d%n", second.millis(),
        second.exitCode());
    if (!second.ok()) {
      return Result.failed(specs, "the second build failed (exit code " + second.exitCode()
          + "; see logs/incremental-second.log)");
    }
    Map<Path, String> after = stamps(module.resolve("target"));
    Set<Path> changed = changed(before, after);
    return fromLog(specs, second, changed);
  }

  static Result fromLog(int specs, Measurement build, Set<Path> changedFiles) {
    Matcher generated = GENERATED.matcher(build.output());
    Matcher upToDate = UP_TO_DATE.matcher(build.output());
    boolean gen = generated.find();
    return new Result(specs,
        gen ? OptionalInt.of(Integer.parseInt(generated.group(1))) : OptionalInt.empty(),
        upToDate.find() ? OptionalInt.of(Integer.parseInt(upToDate.group(1))) : OptionalInt.empty(),
        gen ? Long.parseLong(generated.group(2)) : -1, Optional.of(build),
        specsOf(changedFiles, specs), changedFiles.size(), Optional.empty());
  }

  /**
   * The specs the changed files belong to: a file belongs to spec {@code sNN} when a folder or
   * file name on its path is {@code sNN} or starts with it (the spec's package, docs folder or
   * file); files that name no spec (the plugin's state, shared files) are listed as {@code
   * (shared)}.
   */
  static Set<String> specsOf(Set<Path> files, int specCount) {
    Set<String> specs = new TreeSet<>();
    for (Path file : files) {
      String owner = "(shared: " + file.getFileName() + ")";
      for (Path part : file) {
        String name = part.toString().toLowerCase();
        for (int i = 0; i < specCount; i++) {
          if (name.equals(specName(i)) || name.startsWith(specName(i) + ".")
              || name.startsWith(specName(i) + "-") || name.startsWith(specName(i) + "_")) {
            owner = specName(i);
          }
        }
      }
      specs.add(owner);
    }
    return specs;
  }

  /** The plugin's own record of what it generated, which a regeneration must update. */
  static final Path STATE = Path.of("specgen-state");

  /**
   * Every regular file under {@code root} (relative) with its modification time and size, except
   * the plugin's state folder: that is bookkeeping, not output.
   */
  static Map<Path, String> stamps(Path root) throws IOException {
    Map<Path, String> stamps = new HashMap<>();
    if (!Files.isDirectory(root)) {
      return stamps;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).startsWith(STATE)).toList()) {
        stamps.put(root.relativize(p), Files.getLastModifiedTime(p).toMillis() + "/" + Files.size(p));
      }
    }
    return stamps;
  }

  /** Files that are new, gone, or have another modification time or size. */
  static Set<Path> changed(Map<Path, String> before, Map<Path, String> after) {
    Set<Path> changed = new TreeSet<>();
    after.forEach((p, stamp) -> {
      if (!stamp.equals(before.get(p))) {
        changed.add(p);
      }
    });
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(changed::add);
    return changed;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

}
