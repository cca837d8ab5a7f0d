package dev.specgen.bench;

import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.heap.HeapProbe;
import dev.specgen.bench.heap.MinHeap;
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

/**
 * Runs every measurement once, side by side on this machine, and writes the Markdown report.
 * {@code benchmarks/run.sh} builds what it needs and calls this; see benchmarks/README.md.
 *
 * <p>Options: {@code --repo DIR}, {@code --cli-jar FILE}, {@code --oag-jar FILE}, {@code --work DIR}
 * (scratch folder, emptied first),
 * {@code --runs N} (cold runs per tool and spec, default 5), {@code --timeout-s N} (per cold run,
 * default 300), {@code --out FILE}, {@code --client-status FILE} (why the generated Front client
 * could not be built, if it could not), {@code --quick} (a fast check of the harness itself: one
 * run, small sizes, short JMH runs; its numbers mean nothing).
 */
public final class RunAll {

  static final List<String> FLAGSHIP = List.of("front", "chatwoot", "highlevel", "inquirly");

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
    Files2.deleteTree(work);
    Files.createDirectories(work);
    PrintStream log = System.out;
    long started = System.nanoTime();
    Report report = new Report(quick, runs);
    report.machine = Machine.describe(repo);
    report.loadBefore = Machine.loadAverage();

    ProcessRunner runner = new ProcessRunner(timeout);
    report.rssMethod = runner.rssMethod();

    // 1 and 4: cold generation and generated code size.
    List<Case> cases = cases(repo, work, sizes);
    ColdGeneration cold = new ColdGeneration(cliJar, oagJar, work, runner, log);
    cold.warmUp(repo.resolve("specs/front.yaml"));
    Map<Case, Map<Tool, Cell>> coldResults = cold.run(cases, runs);
    report.cold = coldResults;
    report.runtimeSize = CodeSize.of(repo.resolve("client-runtime/src/main/java"));
    String base = out.getFileName().toString().replaceFirst("\\.md$", "");
    Files.createDirectories(out.toAbsolutePath().getParent());
    writeRawCsv(coldResults, out.resolveSibling(base + "-cold-runs.csv"));

    // Where the time of a cold Specgen run goes: a JFR profile on the flagship Front spec and on
    // the largest synthetic spec that finished in the cold runs.
    report.profiles = profiles(cliJar, work, coldResults, cold, runner);

    // 3: plugin no-op.
    report.plugin = PluginNoop.run(repo, work, runner, Math.max(runs, quick ? 1 : 5), log);

    // 2: warm in-process generation (JMH).
    JmhRuns jmh = new JmhRuns(new ProcessRunner(Duration.ofSeconds(quick ? 60 : 180)), work, log, quick);
    report.generation = jmh.generation(sizes, quick ? 10_000 : 30_000, quick ? 60_000 : 180_000);

    // 5: client overhead (JMH).
    List<String> clientClasses = new ArrayList<>(List.of("dev.specgen.bench.jmh.BaselineBenchmark"));
    String generated = "dev.specgen.bench.client.GeneratedClientBenchmark";
    if (classExists(generated)) {
      clientClasses.add(generated);
    } else {
      report.clientPending = clientStatus.orElse(
          "the generated Front client was not compiled into this build (profile client-bench)");
    }
    report.client = jmh.client(clientClasses);
    if (report.clientPending == null) {
      for (String method : List.of("decodeGenerated", "callGeneratedClient")) {
        jmh.profile(generated, method, work.resolve("profile-" + method + ".jfr"))
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
    report.heap = new MinHeap(work.resolve("logs"), log).measure(bigPage, heapSides);

    report.loadAfter = Machine.loadAverage();
    report.totalMinutes = (System.nanoTime() - started) / 6e10;
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
    log.println("wrote " + out + " in " + String.format("%.1f", report.totalMinutes) + " min");
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

  /** The number of operations Specgen's loader finds (-1 if it cannot load the spec). */
  static int operations(Path spec) {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "bench.x")), spec.resolveSibling("unused"));
    List<SpecReport> reports = new Generator().load(options);
    return reports.get(0).model().map(m -> m.operations().size()).orElse(-1);
  }

  private static List<Report.ProfileEntry> profiles(Path cliJar, Path work,
      Map<Case, Map<Tool, Cell>> cold, ColdGeneration generation, ProcessRunner runner)
      throws IOException {
    List<Report.ProfileEntry> entries = new ArrayList<>();
    Case front = null;
    Case largest = null;
    for (Map.Entry<Case, Map<Tool, Cell>> e : cold.entrySet()) {
      Case c = e.getKey();
      if (c.name().equals("front.yaml")) {
        front = c;
      }
      if (c.name().startsWith("synthetic") && !e.getValue().get(Tool.SPECGEN_NO_DOCS).runs.isEmpty()) {
        largest = c;
      }
    }
    for (Case c : new Case[] {front, largest}) {
      if (c == null) {
        continue;
      }
      Path jfr = work.resolve("profile-" + c.name().replaceAll("[^a-z0-9]+", "-") + ".jfr");
      Path outDir = work.resolve("profile-out");
      Files2.deleteTree(outDir);
      List<String> command = new ArrayList<>(generation.command(Tool.SPECGEN_NO_DOCS, c.spec(), outDir));
      command.add(1, Profile.jfrFlag(jfr));
      Measurement m = runner.run(command, work, work.resolve("logs/profile-" + c.operations() + ".log"));
      if (m.ok() && Files.exists(jfr)) {
        entries.add(new Report.ProfileEntry(c.name(), m.millis(), Profile.read(jfr, 8)));
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
      if (key.equals("quick")) {
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
