package dev.specgen.bench.scale;

import dev.specgen.bench.Machine;
import dev.specgen.bench.ProcessRunner;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.scale.ScaleProject.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scale scenario: the same generated multi-module project (by default 10 modules of 10
 * specs) built with Specgen's plugin and with openapi-generator-maven-plugin, timing four builds
 * of each: the first build, a no-op build, a build after one spec changed, and a clean build with a
 * warm build cache. Run by {@code benchmarks/run-scale.sh}; not part of the default build.
 *
 * <p>Usage: {@code ScaleBenchmark --mvn MVN --repo-local DIR --work DIR --out FILE --repo REPO
 * [--modules N] [--specs-per-module N] [--goal compile] [--timeout-s N] [--only specgen]
 * -Dversion.NAME=VALUE...} (the versions are those {@link ScaleProject} names).
 */
public final class ScaleBenchmark {

  /** The four measured builds, in the order they run. */
  enum Build {
    FIRST("first build (`clean GOAL`, cache off)"),
    NO_OP("no-op build (`GOAL`, nothing changed)"),
    ONE_CHANGED("one spec changed (`GOAL`)"),
    WARM_CACHE("clean build, warm build cache (`clean GOAL`)");

    final String label;

    Build(String label) {
      this.label = label;
    }
  }

  /** One tool's timings, and why it stopped early if it did. */
  record ToolRun(Map<Build, Measurement> builds, Optional<String> failure, int operations) {}

  private final Map<String, String> options;
  private final Map<String, String> versions;
  private final ProcessRunner runner;

  ScaleBenchmark(Map<String, String> options, Map<String, String> versions) {
    this.options = options;
    this.versions = versions;
    this.runner = new ProcessRunner(Duration.ofSeconds(Long.parseLong(
        options.getOrDefault("timeout-s", "1800"))));
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> versions = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("-Dversion.")) {
        String[] kv = args[i].substring("-Dversion.".length()).split("=", 2);
        versions.put(kv[0], kv[1]);
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      }
    }
    new ScaleBenchmark(options, versions).runAll();
  }

  private void runAll() throws IOException {
    Path work = Path.of(options.get("work"));
    int modules = Integer.parseInt(options.getOrDefault("modules", "10"));
    int perModule = Integer.parseInt(options.getOrDefault("specs-per-module", "10"));
    ScaleProject project = new ScaleProject(modules, perModule, versions);
    Map<Tool, ToolRun> runs = new EnumMap<>(Tool.class);
    for (Tool tool : Tool.values()) {
      if (options.containsKey("only") && !options.get("only").equals(tool.folder)) {
        continue;
      }
      runs.put(tool, run(project, work.resolve(tool.folder), tool));
      Files.writeString(Path.of(options.get("out")), ScaleReport.markdown(runs, modules,
          perModule, goal(), Machine.describe(Path.of(options.get("repo")))),
          StandardCharsets.UTF_8); // after each tool, so a later failure keeps what was measured
    }
  }

  private ToolRun run(ScaleProject project, Path root, Tool tool) throws IOException {
    deleteTree(root);
    int operations = project.write(root, tool);
    Map<Build, Measurement> builds = new EnumMap<>(Build.class);
    Path cache = root.resolveSibling(tool.folder + "-cache");
    deleteTree(cache);
    for (Build build : Build.values()) {
      if (build == Build.ONE_CHANGED) {
        changeOneSpec(root, project.changedSpec());
      }
      if (build == Build.WARM_CACHE) {
        Measurement saving = maven(root, tool, "prime-cache", cache, true, true);
        if (!saving.ok()) {
          return new ToolRun(builds, Optional.of("the build that fills the cache failed"), operations);
        }
      }
      boolean clean = build == Build.FIRST || build == Build.WARM_CACHE;
      Measurement m = maven(root, tool, build.name().toLowerCase(), cache, clean,
          build == Build.WARM_CACHE);
      builds.put(build, m);
      System.out.printf("%s %s: %.1f s, exit %d%n", tool.folder, build, m.millis() / 1000, m.exitCode());
      if (!m.ok()) {
        return new ToolRun(builds, Optional.of(build + " failed with exit code " + m.exitCode()
            + "; see logs/" + tool.folder + "-" + build.name().toLowerCase() + ".log"), operations);
      }
    }
    return new ToolRun(builds, Optional.empty(), operations);
  }

  private Measurement maven(Path root, Tool tool, String name, Path cache, boolean clean,
      boolean cacheOn) throws IOException {
    List<String> command = new ArrayList<>(List.of(options.get("mvn"), "-B", "-ntp",
        "-Dmaven.repo.local=" + options.get("repo-local"),
        "-Dmaven.build.cache.enabled=" + cacheOn,
        "-Dmaven.build.cache.location=" + cache));
    if (clean) {
      command.add("clean");
    }
    command.add(goal());
    Path log = root.resolveSibling("logs").resolve(tool.folder + "-" + name + ".log");
    return runner.run(command, root, log);
  }

  private String goal() {
    return options.getOrDefault("goal", "compile");
  }

  /** One line of {@code specPath}: its title, so both tools must regenerate that spec. */
  static void changeOneSpec(Path root, String specPath) throws IOException {
    Path spec = root.resolve(specPath);
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    int title = text.indexOf("\"title\"");
    if (title < 0) {
      throw new IllegalStateException("no title in " + spec);
    }
    int valueStart = text.indexOf('"', text.indexOf(':', title)) + 1;
    Files.writeString(spec, text.substring(0, valueStart) + "Changed "
        + text.substring(valueStart), StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
