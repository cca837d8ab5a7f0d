package dev.specgen.bench;

import dev.specgen.bench.ProcessRunner.Measurement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 3: the Maven plugin's own time on a {@code generate-sources} of an unchanged project
 * ({@code benchmarks/plugin-noop}, the four flagship specs), as the plugin logs it.
 */
public final class PluginNoop {

  /** The plugin's line for a skipped run: "Specgen: 4 spec(s) up to date, nothing written (3 ms)". */
  static final Pattern UP_TO_DATE = Pattern.compile("up to date.*\\((\\d+) ms\\)");

  /**
   * @param pluginMillis the plugin's logged time, one per no-op build
   * @param mavenMillis the whole {@code mvn generate-sources} wall time of the same builds
   * @param pending why nothing was measured, when nothing was
   */
  public record Result(List<Double> pluginMillis, List<Double> mavenMillis, Optional<String> pending) {}

  /** The plugin's logged no-op time in a build log, if the log has one. */
  public static Optional<Double> loggedMillis(String buildLog) {
    Matcher m = UP_TO_DATE.matcher(buildLog);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  public static Result run(Path repo, MavenCommand maven, Path work, ProcessRunner runner,
      int builds, PrintStream log) throws IOException {
    Path project = repo.resolve("benchmarks/plugin-noop");
    if (!Files.isDirectory(maven.installedPlugin())) {
      return pending("the plugin is not installed in " + maven.installedPlugin().getParent()
          .getParent().getParent() + " (run ./mvnw install -DskipTests)");
    }
    List<String> command = maven.build(project.resolve("pom.xml"), "generate-sources");
    Files2.deleteTree(project.resolve("target"));
    Measurement first = runner.run(command, repo, work.resolve("logs/plugin-noop-first.log"));
    if (!first.ok()) {
      return pending("the first (generating) build failed with exit code " + first.exitCode()
          + "; see logs/plugin-noop-first.log in the work folder");
    }
    List<Double> plugin = new ArrayList<>();
    List<Double> mavenMillis = new ArrayList<>();
    for (int i = 0; i < builds; i++) {
      Measurement m = runner.run(command, repo, work.resolve("logs/plugin-noop-" + i + ".log"));
      Optional<Double> logged = loggedMillis(m.output());
      log.printf("plugin no-op build %d: plugin %s ms, mvn %.0f ms%n", i + 1,
          logged.map(String::valueOf).orElse("?"), m.millis());
      if (!m.ok() || logged.isEmpty()) {
        return pending("a second build did not log an up-to-date run (exit code " + m.exitCode()
            + "); see logs/plugin-noop-" + i + ".log in the work folder");
      }
      plugin.add(logged.get());
      mavenMillis.add(m.millis());
    }
    return new Result(plugin, mavenMillis, Optional.empty());
  }

  private static Result pending(String why) {
    return new Result(List.of(), List.of(), Optional.of(why));
  }
}
