package dev.specgen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where the harness builds Specgen's command line. Every cold run, the profiled
 * runs and the runs with a capped heap go through here.
 *
 * <p>When the build's launcher script ({@code specgen}, written next to the jar with its
 * class-data-sharing archive) sits beside the jar, the harness runs it: that is the command line
 * Specgen ships. The JVM flags a measurement adds then travel in {@code SPECGEN_JAVA_OPTS}, which
 * the launcher appends after its own. Without a launcher the jar runs as {@code java -jar}.
 */
public final class SpecgenCommand {

  private final Path cliJar;
  private final Path launcher;

  /** @param cliJar the command-line jar ({@code specgen-generator-core-*-cli.jar}) */
  public SpecgenCommand(Path cliJar) {
    this.cliJar = cliJar;
    this.launcher = cliJar.resolveSibling("specgen");
  }

  /** Whether the runs go through the launcher script rather than {@code java -jar}. */
  public boolean usesLauncher() {
    return Files.isRegularFile(launcher);
  }

  /** How the runs start Specgen, for the report. */
  public String describe() {
    return usesLauncher()
        ? "the launcher script `specgen` (class-data-sharing archive, C1 only on one compiler thread, parallel collector with a 96 MB young generation promoting survivors at once, transparent huge pages where the kernel offers them)"
        : "`java -jar` with default JVM flags";
  }

  /**
   * {@code [launcher | java [jvmFlags] -jar CLI] generate --spec SPEC --package bench.x --out OUT
   * [--no-docs]}.
   *
   * @param jvmFlags flags for the JVM (for example {@code -Xmx512m}); no flag may contain a space
   * @param spec the spec to generate from
   * @param out the output folder
   * @param docs whether to write docs too (without them: {@code --no-docs})
   * @return the command, ready for {@link ProcessRunner#run}
   */
  public List<String> generate(List<String> jvmFlags, Path spec, Path out, boolean docs) {
    List<String> command = new ArrayList<>(usesLauncher() ? launcherStart(jvmFlags) : jarStart(jvmFlags));
    command.addAll(List.of("generate", "--spec", spec.toString(),
        "--package", "bench.x", "--out", out.toString()));
    if (!docs) {
      command.add("--no-docs");
    }
    return List.copyOf(command);
  }

  private List<String> jarStart(List<String> jvmFlags) {
    List<String> start = new ArrayList<>();
    start.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    start.addAll(jvmFlags);
    start.addAll(List.of("-jar", cliJar.toString()));
    return start;
  }

  /** {@code env} sets the options and execs the script, which execs java: one process to time. */
  private List<String> launcherStart(List<String> jvmFlags) {
    return List.of("/usr/bin/env", "SPECGEN_JAVA_OPTS=" + String.join(" ", jvmFlags),
        "JAVA_HOME=" + System.getProperty("java.home"), "/bin/sh", launcher.toString());
  }
}
