package dev.specgen.bench;

import dev.specgen.bench.ColdGeneration.CappedRun;
import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.heap.HeapHistogram;
import dev.specgen.bench.heap.HeapProbe;
import dev.specgen.bench.heap.MinHeap;
import dev.specgen.bench.jmh.BaselineBenchmark;
import dev.specgen.bench.jmh.GenerationBenchmark;
import dev.specgen.bench.scale.IncrementalBuild;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Runs every measurement once, side by side on this machine, and writes the Markdown report.
 * {@code benchmarks/run.sh} builds what it needs and calls this; see benchmarks/README.md.
 *
 * <p>Options: {@code --repo DIR}, {@code --cli-jar FILE}, {@code --oag-jar FILE}, {@code --work DIR}
 * (scratch folder, emptied first),
 * {@code --runs N} (cold runs per tool and spec, default 5), {@code --timeout-s N} (per cold run,
 * default 300), {@code --out FILE}, {@code --client-status FILE} (why the generated Front client
 * could not be built, if it could not), {@code --maven-repo DIR} (the local repository Specgen
 * was installed in, for the Maven builds; default {@code ~/.m2/repository}), {@code
 * --javac-cp-specgen FILE} and {@code --javac-cp-oag FILE} (class paths, as {@code
 * dependency:build-classpath} writes them, for the javac timing), {@code --javac-runs N} (default
 * 3), {@code --specs N} (specs in the one-spec-change project, default 50), {@code
 * --maven-offline} (Maven builds with {@code -o}), {@code --quick} (a
 * fast check of the harness itself: one run, small sizes, short JMH runs; its numbers mean
 * nothing).
 */
public final class RunAll {

  static final List<String> FLAGSHIP = List.of("front", "chatwoot", "highlevel", "inquirly");

  /** The warm-up before the warm generation profile records: as long as the JMH run's own. */
  static final int WARM_PROFILE_WARMUP_SECONDS = 60;

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path repo = Path.of(opts.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    boolean quick = opts.containsKey("quick");
    int runs = quick ? 1 : Integer.parseInt(opts.getOrDefault("runs", "5"));
    Duration timeout = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("timeout-s", quick ? "60" : "300")));
    Path cliJar = Path.of(opts.getOrDefault("cli-jar",
        repo.resolve("generator-core/target/specgen-generator-core-0.1.0-SNAPSHOT-cli.jar").toString()));
    Path oagJar = Path.of(opts.getOrDefault("oag-jar",
        repo.resolve("benchmarks/target/tools/openapi-generator-cli.jar").toString()));
    Path out = Path.of(opts.getOrDefault("out", repo.resolve("benchmarks/results/latest.md").toString()));
    Optional<String> clientStatus = Optional.ofNullable(opts.get("client-status")).map(Path::of)
        .filter(Files::exists).map(RunAll::readQuietly);
    int[] sizes = quick ? new int[] {10, 100} : new int[] {10, 100, 1000, 5000};

    Path work = Path.of(opts.getOrDefault("work", repo.resolve("benchmarks/.work/bench").toString()))
        .toAbsolutePath();
    Files2.retire(work); // deleted when measuring is over (see Files2.retire)
    Files.createDirectories(work);
    PrintStream log = System.out;
    long started = System.nanoTime();
    Report report = new Report(quick, runs);
    report.referenceOps = quick ? 100 : 1000;
    MavenCommand maven = new MavenCommand(repo.resolve("mvnw"),
        Optional.ofNullable(opts.get("maven-repo")).map(Path::of), opts.containsKey("maven-offline"));
    report.machine = Machine.describe(repo);
    report.loadBefore = Machine.loadAverage();

    ProcessRunner runner = new ProcessRunner(timeout);
    report.rssMethod = runner.rssMethod();

    // 1 and 4: cold generation and generated code size.
    List<Case> cases = cases(repo, work, sizes);
    SpecgenCommand specgen = new SpecgenCommand(cliJar);
    report.specgenStart = specgen.describe();
    ColdGeneration cold = new ColdGeneration(specgen, oagJar, work, runner, log);
    cold.warmUp(repo.resolve("specs/front.yaml"));
    Map<Case, Map<Tool, Cell>> coldResults = cold.run(cases, runs);
    report.cold = coldResults;
    report.runtimeSize = CodeSize.of(repo.resolve("client-runtime/src/main/java"));
    String base = out.getFileName().toString().replaceFirst("\\.md$", "");
    Files.createDirectories(out.toAbsolutePath().getParent());
    writeRawCsv(coldResults, out.resolveSibling(base + "-cold-runs.csv"));

    // Whether Specgen needs the heap it takes: the largest specs again with -Xmx at half of
    // openapi-generator's peak RSS.
    Machine.flushToDisk();
    report.capped = capped(cold, coldResults, quick ? new int[] {100} : new int[] {1000, 5000});

    // javac on both tools' output of the reference size.
    int javacRuns = Integer.parseInt(opts.getOrDefault("javac-runs", quick ? "1" : "3"));
    report.javacRuns = javacRuns;
    Machine.flushToDisk();
    javac(report, opts, new JavacTiming(new ProcessRunner(Duration.ofMinutes(10)),
        work.resolve("javac")), javacRuns);

    // Where the time of a cold Specgen run goes: JFR profiles.
    Machine.flushToDisk();
    report.profiles = profiles(specgen, work, coldResults, runner, report.referenceOps);

    // 3: plugin no-op.
    Machine.flushToDisk();
    report.plugin = PluginNoop.run(repo, maven, work, runner, Math.max(runs, quick ? 1 : 5), log);

    // 8: a one-spec change in a many-spec project.
    int specs = Integer.parseInt(opts.getOrDefault("specs", quick ? "10" : "50"));
    Machine.flushToDisk();
    report.incremental = new IncrementalBuild(maven, new ProcessRunner(Duration.ofMinutes(10)), log)
        .run(work.resolve("incremental"), specs, specgenVersion(repo), work.resolve("logs"));

    // What Specgen's heap holds at the reference size.
    Machine.flushToDisk();
    histogram(report, work, log);

    // 2: warm in-process generation (JMH).
    Machine.flushToDisk();
    JmhRuns jmh = new JmhRuns(new ProcessRunner(Duration.ofSeconds(quick ? 60 : 180)), work, log, quick);
    report.generation = jmh.generation(sizes, quick ? 10_000 : 30_000, quick ? 60_000 : 180_000);
    // Where the warm time goes, at the reference size: a warm-up as long as the measured runs'.
    Machine.flushToDisk();
    report.warmProfileWarmupSeconds = jmh.profileWarmup(WARM_PROFILE_WARMUP_SECONDS);
    jmh.profile(GenerationBenchmark.class.getName(), "generate",
            Map.of("operations", Integer.toString(report.referenceOps)), report.warmProfileWarmupSeconds,
            work.resolve("profile-warm-" + report.referenceOps + ".jfr"))
        .ifPresent(p -> report.warmProfile = p);

    // 5: client overhead (JMH).
    List<String> clientClasses = new ArrayList<>(List.of("dev.specgen.bench.jmh.BaselineBenchmark"));
    String generated = "dev.specgen.bench.client.GeneratedClientBenchmark";
    if (classExists(generated)) {
      clientClasses.add(generated);
    } else {
      report.clientPending = clientStatus.orElse(
          "the generated Front client was not compiled into this build (profile client-bench)");
    }
    Machine.flushToDisk();
    report.client = jmh.client(clientClasses);
    if (report.clientPending == null) {
      for (String method : List.of("decodeGenerated", "callGeneratedClient")) {
        int warmupSeconds = method.startsWith("call") ? BaselineBenchmark.CALL_WARMUP_ITERATIONS
            : BaselineBenchmark.DECODE_WARMUP_ITERATIONS;
        jmh.profile(generated, method, warmupSeconds, work.resolve("profile-" + method + ".jfr"))
            .ifPresent(p -> report.clientProfiles.put(method, p));
      }
    }

    // 6: the smallest heap that fetches and decodes a 50 MB page, Specgen vs raw java.net.http.
    List<String> heapSides = new ArrayList<>(List.of("raw", "runtime"));
    if (classExists(HeapProbe.GENERATED)) {
      heapSides.add("generated");
    }
    byte[] bigPage = MinHeap.page(quick ? 5 : 50);
    report.heapPageBytes = bigPage.length;
    Machine.flushToDisk();
    report.heap = new MinHeap(work.resolve("logs"), log).measure(bigPage, heapSides);

    report.loadAfter = Machine.loadAverage();
    report.totalMinutes = (System.nanoTime() - started) / 6e10;
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
    log.println("wrote " + out + " in " + String.format("%.1f", report.totalMinutes) + " min");
    Files2.deleteRetired(work);
  }

  static List<Case> cases(Path repo, Path work, int[] sizes) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String name : FLAGSHIP) {
      Path spec = repo.resolve("specs/" + name + ".yaml");
      cases.add(new Case(name + ".yaml", spec, operations(spec), true));
    }
    Path chatwootReal = repo.resolve("../shared/real-specs/chatwoot/swagger.json").normalize();
    if (Files.exists(chatwootReal)) {
      cases.add(new Case("chatwoot swagger.json (real)", chatwootReal, operations(chatwootReal), false));
    }
    for (int ops : sizes) {
      Path spec = SyntheticSpec.write(ops, work.resolve("synthetic/ops-" + ops + ".json"));
      cases.add(new Case("synthetic " + ops + " ops", spec, operations(spec), false));
    }
    return cases;
  }

  static Map<String, CappedRun> capped(ColdGeneration cold, Map<Case, Map<Tool, Cell>> results,
      int[] sizes) throws IOException {
    Map<String, CappedRun> capped = new LinkedHashMap<>();
    for (int ops : sizes) {
      for (Map.Entry<Case, Map<Tool, Cell>> e : results.entrySet()) {
        OptionalDouble oagRss = e.getValue().get(Tool.OPENAPI_GENERATOR).medianRssMb();
        if (e.getKey().name().equals(TargetRows.synthetic(ops)) && oagRss.isPresent()) {
          int xmx = (int) Math.round(oagRss.getAsDouble() / 2);
          capped.put(e.getKey().name(), cold.runCapped(e.getKey(), xmx));
        }
      }
    }
    return capped;
  }

  private static void javac(Report report, Map<String, String> opts, JavacTiming javac, int runs)
      throws IOException {
    String name = TargetRows.synthetic(report.referenceOps);
    if (!opts.containsKey("javac-cp-specgen") || !opts.containsKey("javac-cp-oag")) {
      report.javacPending = "no class paths given (--javac-cp-specgen, --javac-cp-oag; run.sh gives them)";
      return;
    }
    Optional<Report.MainSources> sources = report.mainSourcesOf(name);
    if (sources.isEmpty()) {
      report.javacPending = "a tool has no output for " + name;
      return;
    }
    Path specgenSources = sources.get().specgen();
    Path oagSources = sources.get().openapiGenerator();
    String specgenClassPath = readQuietly(Path.of(opts.get("javac-cp-specgen")));
    String oagClassPath = readQuietly(Path.of(opts.get("javac-cp-oag")));
    report.javacSpecgen = javac.time("specgen", specgenSources, specgenClassPath, runs);
    report.javacOag = javac.time("openapi-generator", oagSources, oagClassPath, runs);
    // Where javac's time goes: the models alone, one class (or two, with a builder) per schema
    // on both sides.
    report.javacSpecgenModels = javac.time("specgen-models",
        SourceParts.modelSources(Tool.SPECGEN_NO_DOCS, specgenSources), specgenClassPath, runs);
    report.javacOagModels = javac.time("openapi-generator-models",
        SourceParts.modelSources(Tool.OPENAPI_GENERATOR, oagSources), oagClassPath, runs);
  }

  private static void histogram(Report report, Path work, PrintStream log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Measurement m = new ProcessRunner(Duration.ofMinutes(5)).run(List.of(java, "-cp",
        JmhRuns.absoluteClassPath(), HeapHistogram.class.getName(),
        Integer.toString(report.referenceOps), work.resolve("histogram").toString()), work,
        work.resolve("logs/heap-histogram.log"));
    HeapHistogram.Histogram h = HeapHistogram.parse(m.output());
    if (m.ok() && h.totalBytes() > 0) {
      report.histogram = h;
      log.printf("heap histogram %d ops: %d MB live at the fullest of %d%n", report.referenceOps,
          h.totalBytes() >> 20, h.samples());
    } else {
      report.histogramPending = "the histogram run failed (exit code " + m.exitCode()
          + "; see logs/heap-histogram.log)";
    }
  }

  /** The project's version, as the root POM's first {@code -SNAPSHOT} version says. */
  static String specgenVersion(Path repo) throws IOException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<version>([^<]+-SNAPSHOT)</version>")
        .matcher(Files.readString(repo.resolve("pom.xml")));
    if (!m.find()) {
      throw new IllegalStateException("no -SNAPSHOT version in " + repo.resolve("pom.xml"));
    }
    return m.group(1);
  }

  /** The number of operations Specgen's loader finds (-1 if it cannot load the spec). */
  static int operations(Path spec) {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "bench.x")), spec.resolveSibling("unused"));
    List<SpecReport> reports = new Generator().load(options);
    return reports.get(0).model().map(m -> m.operations().size()).orElse(-1);
  }

  /**
   * One extra cold Specgen --no-docs run with JFR on front.yaml, on the synthetic spec of {@code
   * referenceOps} operations and on the largest synthetic spec that finished its cold runs.
   */
  private static List<Report.ProfileEntry> profiles(SpecgenCommand specgen, Path work,
      Map<Case, Map<Tool, Cell>> cold, ProcessRunner runner, int referenceOps) throws IOException {
    List<Case> chosen = new ArrayList<>();
    Case largest = null;
    for (Map.Entry<Case, Map<Tool, Cell>> e : cold.entrySet()) {
      Case c = e.getKey();
      if (c.name().equals("front.yaml") || c.name().equals(TargetRows.synthetic(referenceOps))) {
        chosen.add(c);
      }
      if (c.name().startsWith("synthetic") && !e.getValue().get(Tool.SPECGEN_NO_DOCS).runs.isEmpty()) {
        largest = c;
      }
    }
    if (largest != null && !chosen.contains(largest)) {
      chosen.add(largest);
    }
    List<Report.ProfileEntry> entries = new ArrayList<>();
    for (Case c : chosen) {
      Path jfr = work.resolve("profile-" + c.name().replaceAll("[^a-z0-9]+", "-") + ".jfr");
      Path outDir = work.resolve("profile-out").resolve(c.name());
      Measurement m = runner.run(specgen.generate(List.of(Profile.jfrFlag(jfr), Profile.COMPILATION_TOTALS_FLAG),
              c.spec(), outDir, false),
          work, work.resolve("logs/profile-" + c.operations() + ".log"));
      if (m.ok() && Files.exists(jfr)) {
        entries.add(new Report.ProfileEntry(c.name(), m.millis(), Profile.read(jfr, 8).withCompilation(m.output())));
      }
    }
    return entries;
  }


  private static void writeRawCsv(Map<Case, Map<Tool, Cell>> cold, Path file) throws IOException {
    StringBuilder csv = new StringBuilder("spec,tool,run,wall_ms,peak_rss_kb\n");
    cold.forEach((c, cells) -> cells.forEach((tool, cell) -> {
      for (int i = 0; i < cell.runs.size(); i++) {
        Measurement m = cell.runs.get(i);
        csv.append('"').append(c.name()).append("\",").append(tool.name()).append(',').append(i + 1)
            .append(',').append(Math.round(m.millis())).append(',').append(m.peakRssKb()).append('\n');
      }
    }));
    Files.writeString(file, csv);
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, RunAll.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + a);
      }
      String key = a.substring(2);
      if (key.equals("quick") || key.equals("maven-offline")) {
        opts.put(key, "true");
      } else if (i + 1 < args.length) {
        opts.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException(a + " needs a value");
      }
    }
    return opts;
  }
}
