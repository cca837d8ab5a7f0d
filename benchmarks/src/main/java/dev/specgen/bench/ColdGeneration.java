package dev.specgen.bench;

import dev.specgen.bench.ProcessRunner.Measurement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 1: cold-process generation, each tool as a fresh {@code java -jar} per run, on the same
 * specs in the same rounds: every round runs every tool once, so a change in machine load hits
 * all tools alike. A run that fails, writes no Java file, or passes the time limit ends that
 * tool's runs on that spec. Every run writes into a new folder, and outputs are only deleted once
 * all measuring is over.
 */
public final class ColdGeneration {

  /** The generators compared. */
  public enum Tool {
    SPECGEN_NO_DOCS("Specgen --no-docs"),
    SPECGEN_DOCS("Specgen with docs"),
    OPENAPI_GENERATOR("openapi-generator");

    public final String label;

    Tool(String label) {
      this.label = label;
    }
  }

  /** One spec to generate from; {@code operations} as Specgen's loader counts them. */
  public record Case(String name, Path spec, int operations, boolean flagship) {}

  /** The runs of one tool on one spec. */
  public static final class Cell {
    public final List<Measurement> runs = new ArrayList<>();
    public String failure;
    public Path lastOutput;

    public boolean stopped() {
      return failure != null;
    }

    public OptionalDouble medianMillis() {
      return runs.isEmpty() ? OptionalDouble.empty()
          : OptionalDouble.of(Stats.median(runs.stream().map(Measurement::millis).toList()));
    }

    public OptionalDouble medianRssMb() {
      List<Double> rss = runs.stream().filter(m -> m.peakRssKb() > 0)
          .map(m -> m.peakRssKb() / 1024.0).toList();
      return rss.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(rss));
    }

    /** Specgen prints its own elapsed time ("in N ms"); the median of those. */
    public OptionalDouble medianGeneratorMillis() {
      List<Double> own = new ArrayList<>();
      for (Measurement m : runs) {
        Matcher matcher = SPECGEN_OWN_TIME.matcher(m.output());
        if (matcher.find()) {
          own.add(Double.parseDouble(matcher.group(1)));
        }
      }
      return own.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(own));
    }
  }

  /**
   * One Specgen --no-docs run with the heap capped: whether it succeeded (exit code 0 and Java
   * files written), its wall time and peak RSS.
   *
   * @param xmxMb the {@code -Xmx} it ran with, MB
   * @param measurement its wall time, peak RSS and exit code
   * @param javaFiles Java files it wrote
   */
  public record CappedRun(int xmxMb, Measurement measurement, int javaFiles) {
    public boolean succeeded() {
      return measurement.ok() && javaFiles > 0;
    }
  }

  static final Pattern SPECGEN_OWN_TIME = Pattern.compile(" in (\\d+) ms -> ");

  private final SpecgenCommand specgen;
  private final Path openApiGeneratorJar;
  private final Path work;
  private final ProcessRunner runner;
  private final PrintStream log;

  public ColdGeneration(SpecgenCommand specgen, Path openApiGeneratorJar, Path work,
      ProcessRunner runner, PrintStream log) {
    this.specgen = specgen;
    this.openApiGeneratorJar = openApiGeneratorJar;
    this.work = work;
    this.runner = runner;
    this.log = log;
  }

  /** The command that runs {@code tool} on {@code spec} into {@code out}. */
  public List<String> command(Tool tool, Path spec, Path out) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return switch (tool) {
      case SPECGEN_NO_DOCS -> specgen.generate(List.of(), spec, out, false);
      case SPECGEN_DOCS -> specgen.generate(List.of(), spec, out, true);
      case OPENAPI_GENERATOR -> List.of(java, "-jar", openApiGeneratorJar.toString(), "generate",
          "-g", "java", "--library", "native", "-i", spec.toString(), "-o", out.toString(),
          "--api-package", "bench.x.api", "--model-package", "bench.x.model",
          "--invoker-package", "bench.x");
    };
  }

  /**
   * Runs Specgen --no-docs once on {@code c} with {@code -Xmx<xmxMb>m}: shows whether it needs
   * more heap than that or only takes what a default-sized heap lets it.
   *
   * @param c the spec
   * @param xmxMb the heap limit, MB
   * @return the run
   * @throws IOException if the output or log folder cannot be written
   */
  public CappedRun runCapped(Case c, int xmxMb) throws IOException {
    Path out = work.resolve("out-capped").resolve(c.name()).resolve("xmx" + xmxMb + "m");
    Path logFile = work.resolve("logs").resolve(c.name() + "-specgen-xmx" + xmxMb + "m.log");
    Measurement m = runner.run(specgen.generate(List.of("-Xmx" + xmxMb + "m"), c.spec(), out, false),
        work, logFile);
    CappedRun run = new CappedRun(xmxMb, m, CodeSize.of(mainSources(Tool.SPECGEN_NO_DOCS, out)).files());
    log.printf("capped %-22s -Xmx%dm: %8.0f ms, %6d MB peak RSS, %s%n", c.name(), xmxMb, m.millis(),
        m.peakRssKb() / 1024, run.succeeded() ? "ok" : "failed (exit code " + m.exitCode() + ")");
    return run;
  }

  /** Where a tool's generated main (non-test) Java sources are under its output folder. */
  public static Path mainSources(Tool tool, Path out) {
    return tool == Tool.OPENAPI_GENERATOR ? out.resolve("src/main/java") : out.resolve("java");
  }

  /** Runs every tool once on {@code warmupSpec} so that the jars are in the page cache. */
  public void warmUp(Path warmupSpec) throws IOException {
    for (Tool tool : Tool.values()) {
      Path out = work.resolve("warmup").resolve(tool.name().toLowerCase());
      Files2.deleteTree(out);
      runner.run(command(tool, warmupSpec, out), work, work.resolve("logs/warmup-" + tool + ".log"));
    }
  }

  public Map<Case, Map<Tool, Cell>> run(List<Case> cases, int rounds) throws IOException {
    Map<Case, Map<Tool, Cell>> results = new LinkedHashMap<>();
    for (Case c : cases) {
      Map<Tool, Cell> cells = new LinkedHashMap<>();
      for (Tool tool : Tool.values()) {
        cells.put(tool, new Cell());
      }
      results.put(c, cells);
      for (int round = 0; round < rounds; round++) {
        for (Tool tool : Tool.values()) {
          Cell cell = cells.get(tool);
          Cell noDocs = cells.get(Tool.SPECGEN_NO_DOCS);
          if (tool == Tool.SPECGEN_DOCS && cell.runs.isEmpty() && noDocs.runs.isEmpty()
              && noDocs.stopped() && !cell.stopped()) {
            // With docs is strictly more work: no need to wait for a second time-out.
            cell.failure = "not run: --no-docs " + noDocs.failure;
          }
          if (!cell.stopped()) {
            runOnce(c, tool, round, cell);
          }
        }
      }
    }
    return results;
  }

  /**
   * One run into a folder of its own: nothing is deleted while tools are measured, since deleting
   * thousands of files slows the file creation of the runs after it on this machine (see {@link
   * Files2#retire}).
   */
  private void runOnce(Case c, Tool tool, int round, Cell cell) throws IOException {
    Path out = work.resolve("out").resolve(c.name()).resolve(tool.name().toLowerCase())
        .resolve("round-" + (round + 1));
    Path logFile = work.resolve("logs").resolve(c.name() + "-" + tool + "-" + round + ".log");
    Measurement m = runner.run(command(tool, c.spec(), out), work, logFile);
    int javaFiles = CodeSize.of(mainSources(tool, out)).files();
    if (m.exitCode() == -1) {
      cell.failure = "timed out after " + Math.round(m.millis() / 1000) + " s";
    } else if (!m.ok()) {
      cell.failure = "exit code " + m.exitCode() + " (see " + logFile.getFileName() + ")";
    } else if (javaFiles == 0) {
      cell.failure = "wrote no Java file (see " + logFile.getFileName() + ")";
    } else {
      cell.runs.add(m);
      cell.lastOutput = out;
    }
    log.printf("cold %-22s %-18s round %d: %8.0f ms, %6d MB peak RSS%s%n", c.name(), tool.label,
        round + 1, m.millis(), m.peakRssKb() / 1024, cell.failure == null ? "" : " -> " + cell.failure);
    Machine.flushToDisk();
  }
}
