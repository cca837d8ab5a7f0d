package dev.specgen.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where the harness builds Specgen's command line. Every cold run, the profiled
 * runs and the runs with a capped heap go through here, so that switching the measurements to
 * another way of starting the command line (a launcher script, other JVM flags) is one change.
 */
public final class SpecgenCommand {

  private final Path cliJar;

  /** @param cliJar the command-line jar ({@code specgen-generator-core-*-cli.jar}) */
  public SpecgenCommand(Path cliJar) {
    this.cliJar = cliJar;
  }

  /**
   * {@code java [jvmFlags] -jar CLI generate --spec SPEC --package bench.x --out OUT [--no-docs]}.
   *
   * @param jvmFlags flags for the JVM, placed before {@code -jar} (for example {@code -Xmx512m})
   * @param spec the spec to generate from
   * @param out the output folder
   * @param docs whether to write docs too (without them: {@code --no-docs})
   * @return the command, ready for {@link ProcessRunner#run}
   */
  public List<String> generate(List<String> jvmFlags, Path spec, Path out, boolean docs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", cliJar.toString(), "generate", "--spec", spec.toString(),
        "--package", "bench.x", "--out", out.toString()));
    if (!docs) {
      command.add("--no-docs");
    }
    return List.copyOf(command);
  }
}
