package dev.specgen.bench;

import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.jmh.GenerationBenchmark;
import dev.specgen.bench.jmh.GenerationProbe;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;

/** Parts 2 and 5: the JMH benchmarks, run through JMH's API with forked JVMs. */
public final class JmhRuns {

  /** A JMH score: mean and its 99.9% error, in {@code unit}. */
  public record Score(double score, double error, String unit, String how) {}

  /**
   * In-process generation at one size: either a JMH score, or (when one generation is too slow
   * for a JMH run in this harness's time budget) the single probe's time.
   */
  public record GenerationPoint(int operations, double probeMillis, Optional<Score> jmh,
      Optional<String> note) {
    /** The time per generation to use: the JMH mean when there is one, else the probe. */
    public double millis() {
      return jmh.map(Score::score).orElse(probeMillis);
    }
  }

  /**
   * Rounds of the client benchmarks (part 5); each runs every method in one fork. Three gave a call
   * an error of ±33 µs on 241 µs (rounds at 1.09×, 1.21× and 1.33× the raw call), wider than the
   * distance to the 1.2× target, so five.
   */
  static final int CLIENT_ROUNDS = 5;

  /** Warm-up and measured iterations for a size whose cold probe takes over 2 s. */
  private static final int SLOW_ITERATIONS = 6;

  /** The length of those iterations: each holds two or more warm generations of 5,000 operations. */
  private static final TimeValue SLOW_ITERATION_TIME = TimeValue.seconds(10);

  private static final Pattern PROBE = Pattern.compile("probe-ms: (\\d+)");

  private final ProcessRunner probeRunner;
  private final Path work;
  private final PrintStream log;
  private final boolean quick;

  public JmhRuns(ProcessRunner probeRunner, Path work, PrintStream log, boolean quick) {
    this.probeRunner = probeRunner;
    this.work = work;
    this.log = log;
    this.quick = quick;
  }

  /**
   * For each size (ascending): a probe (one generation in a fresh JVM); then JMH with 2 forks x
   * (3 warm-up + 5 measured) 2-second iterations when the probe took at most 2 s, 1 fork x (6
   * warm-up + 6 measured) 10-second iterations when at most {@code maxJmhProbe}, and no JMH
   * run beyond that (the probe is reported instead). Sizes after a probe that timed out are not run.
   */
  public List<GenerationPoint> generation(int[] sizes, long maxJmhProbeMillis, long probeTimeoutMillis)
      throws IOException, RunnerException {
    List<GenerationPoint> points = new ArrayList<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int ops : sizes) {
      Measurement probe = probeRunner.run(List.of(java, "-cp", absoluteClassPath(),
          GenerationProbe.class.getName(), Integer.toString(ops)), work,
          work.resolve("logs/generation-probe-" + ops + ".log"));
      Matcher m = PROBE.matcher(probe.output());
      if (!probe.ok() || !m.find()) {
        String why = probe.exitCode() == -1
            ? "one generation took more than " + probeTimeoutMillis / 1000 + " s; not measured"
            : "the probe failed (exit code " + probe.exitCode() + ")";
        log.println("generation probe " + ops + ": " + why);
        points.add(new GenerationPoint(ops, Double.NaN, Optional.empty(), Optional.of(why)));
        break;
      }
      double probeMillis = Double.parseDouble(m.group(1));
      log.printf("generation probe %d ops: %.0f ms%n", ops, probeMillis);
      if (probeMillis > maxJmhProbeMillis) {
        points.add(new GenerationPoint(ops, probeMillis, Optional.empty(), Optional.of(
            "one generation took " + Math.round(probeMillis / 1000) + " s: single cold run, no JMH")));
        continue;
      }
      boolean slow = probeMillis > 2000;
      ChainedOptionsBuilder options = new OptionsBuilder()
          .include(GenerationBenchmark.class.getName() + ".generate")
          .param("operations", Integer.toString(ops))
          .timeUnit(TimeUnit.MILLISECONDS);
      if (slow && !quick) {
        // A generation of a second or more: 2-second iterations held one or two of them, and the
        // error of three such iterations was larger than the figure. Ten single generations of
        // warm-up were not enough either: timed one by one, 1,000 operations took 1.3-2 s until
        // about the twentieth generation and ~0.45 s after it, 5,000 operations settled after
        // about 45 s. So the warm-up is a fixed minute, and the iterations are long.
        options.forks(1)
            .warmupIterations(SLOW_ITERATIONS).warmupTime(SLOW_ITERATION_TIME)
            .measurementIterations(SLOW_ITERATIONS).measurementTime(SLOW_ITERATION_TIME);
      } else {
        options.forks(quick ? 1 : 2)
            .warmupIterations(quick ? 1 : 3)
            .measurementIterations(quick ? 1 : 5)
            .warmupTime(TimeValue.seconds(quick ? 1 : 2))
            .measurementTime(TimeValue.seconds(quick ? 1 : 2));
      }
      Collection<RunResult> results = new Runner(options.build()).run();
      Optional<Score> score = results.stream().findFirst().map(r -> score(r, how(r.getParams())));
      points.add(new GenerationPoint(ops, probeMillis, score, Optional.empty()));
    }
    return points;
  }

  /** This JVM's class path with absolute entries, for a child process in another folder. */
  static String absoluteClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(e -> e.endsWith("*") ? e : Path.of(e).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /**
   * Part 5: every benchmark method of the given classes, by name, in {@link #CLIENT_ROUNDS} rounds
   * of one fork each: every method runs once per round, so that the generated and the baseline side
   * alternate. Run fork after fork of one method, the sides met the machine in different minutes,
   * and on this machine one method's forks differed by up to 1.8× (158 to 279 µs per call). A
   * score pools the measured iterations of all rounds: their mean and its 99.9% error, as JMH
   * reports one run's.
   */
  public Map<String, Score> client(List<String> classNames) throws RunnerException {
    int rounds = quick ? 1 : CLIENT_ROUNDS;
    Map<String, List<Double>> iterations = new LinkedHashMap<>();
    Map<String, BenchmarkParams> params = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      log.println("client benchmarks, round " + round + " of " + rounds);
      ChainedOptionsBuilder options = new OptionsBuilder().timeUnit(TimeUnit.MICROSECONDS).forks(1);
      classNames.forEach(c -> options.include(c.replace(".", "\\.") + "\\."));
      if (quick) {
        options.warmupIterations(1).measurementIterations(1)
            .warmupTime(TimeValue.milliseconds(500)).measurementTime(TimeValue.milliseconds(500));
      }
      for (RunResult r : new Runner(options.build()).run()) {
        String label = r.getParams().getBenchmark();
        String name = label.substring(label.lastIndexOf('.') + 1);
        params.put(name, r.getParams());
        units.put(name, r.getPrimaryResult().getScoreUnit());
        List<Double> scores = iterations.computeIfAbsent(name, n -> new ArrayList<>());
        for (BenchmarkResult fork : r.getBenchmarkResults()) {
          fork.getIterationResults().forEach(it -> scores.add(it.getPrimaryResult().getScore()));
        }
      }
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    iterations.forEach((name, values) -> {
      ListStatistics statistics = new ListStatistics(values.stream().mapToDouble(Double::doubleValue).toArray());
      scores.put(name, new Score(statistics.getMean(), statistics.getMeanErrorAt(0.999), units.get(name),
          rounds + (rounds == 1 ? " round" : " rounds") + " alternating the methods, each " + how(params.get(name))));
    });
    return scores;
  }

  /** How JMH ran a benchmark, from its own parameters: a method may set a longer warm-up than its class. */
  private static String how(BenchmarkParams params) {
    IterationParams warmup = params.getWarmup();
    IterationParams measured = params.getMeasurement();
    return String.format("%d fork%s x (%d warm-up x %s + %d x %s)", params.getForks(),
        params.getForks() == 1 ? "" : "s", warmup.getCount(), warmup.getTime(), measured.getCount(),
        measured.getTime());
  }

  /**
   * A JFR profile of one benchmark method: one fork, {@code warmupSeconds} of warm-up with the
   * recording delayed by as much, so that it holds the warm code, then 5 s measured. Empty when the
   * recording could not be read.
   */
  public Optional<Profile> profile(String className, String method, int warmupSeconds, Path jfr)
      throws RunnerException {
    return profile(className, method, Map.of(), warmupSeconds, jfr);
  }

  /** The warm-up a profile asked for {@code warmupSeconds} gets: a second in a --quick run. */
  public int profileWarmup(int warmupSeconds) {
    return quick ? 1 : warmupSeconds;
  }

  /** Like {@link #profile(String, String, int, Path)}, with the benchmark's parameters set. */
  public Optional<Profile> profile(String className, String method, Map<String, String> params,
      int warmupSeconds, Path jfr) throws RunnerException {
    int warmup = profileWarmup(warmupSeconds);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(className.replace(".", "\\.") + "\\." + method + "$")
        .forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(warmup))
        .measurementIterations(1).measurementTime(TimeValue.seconds(quick ? 1 : 5))
        .jvmArgsAppend(Profile.jfrFlag(jfr, warmup));
    params.forEach(options::param);
    new Runner(options.build()).run();
    try {
      return Optional.of(Profile.read(jfr, 8));
    } catch (IOException e) {
      log.println("could not read " + jfr + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Score score(RunResult r, String how) {
    var result = r.getPrimaryResult();
    return new Score(result.getScore(), result.getScoreError(), result.getScoreUnit(), how);
  }
}
