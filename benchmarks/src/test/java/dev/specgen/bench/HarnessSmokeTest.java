package dev.specgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.JmhRuns.GenerationPoint;
import dev.specgen.bench.JmhRuns.Score;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.front.FrontPages;
import dev.specgen.bench.heap.HeapHistogram;
import dev.specgen.bench.heap.MinHeap;
import dev.specgen.bench.jmh.BaselineBenchmark;
import dev.specgen.bench.jmh.GenerationBenchmark;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each part of the harness once on tiny input, so that it cannot rot between the (long,
 * manual) benchmark runs. openapi-generator is not run here: it is fetched by the bench profile only.
 */
class HarnessSmokeTest {

  @TempDir
  Path tmp;

  @Test
  void syntheticSpecsLoadWithoutErrorsAndHaveTheAskedNumberOfOperations() throws Exception {
    for (int ops : new int[] {1, 7, 10}) {
      for (String ext : new String[] {"yaml", "json"}) {
        Path spec = SyntheticSpec.write(ops, tmp.resolve("ops-" + ops + "." + ext));
        List<SpecReport> reports = new Generator().load(GeneratorOptions.sourcesOnly(
            List.of(new SpecInput(spec, "bench.x")), tmp.resolve("unused")));
        assertThat(reports.get(0).diagnostics().hasErrors()).as(reports.get(0).diagnostics().all()
            .toString()).isFalse();
        assertThat(RunAll.operations(spec)).isEqualTo(ops);
      }
    }
    assertThat(SyntheticSpec.yaml(10)).isEqualTo(SyntheticSpec.yaml(10));
  }

  @Test
  void generationBenchmarkBodyRunsOnce() throws Exception {
    GenerationBenchmark benchmark = new GenerationBenchmark();
    benchmark.operations = 10;
    benchmark.setUp();
    try {
      assertThat(benchmark.generate().operationCount()).isEqualTo(10);
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void baselineBenchmarkBodiesRunOnceAgainstTheLocalServer() throws Exception {
    BaselineBenchmark benchmark = new BaselineBenchmark();
    benchmark.setUp();
    try {
      assertThat(benchmark.decodePlainJackson().results()).hasSize(BaselineBenchmark.PAGE_SIZE);
      assertThat(benchmark.callRawHttpDecoded().results()).hasSize(BaselineBenchmark.CALL_PAGE_SIZE);
      assertThat(benchmark.callRawHttpBytes()).isNotEmpty();
    } finally {
      benchmark.tearDown();
    }
    assertThat(FrontPages.page(2)).contains("cnv_55c8c149", "cnv_55c8c14a");
  }

  @Test
  void coldRunOfTheCommandLineIsMeasured() throws Exception {
    Path spec = SyntheticSpec.write(10, tmp.resolve("ops-10.json"));
    Path out = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(60));
    Measurement m = runner.run(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.specgen.cli.SpecgenCli", "generate", "--spec", spec.toString(), "--package", "bench.x",
        "--out", out.toString(), "--no-docs"), tmp, tmp.resolve("cli.log"));
    assertThat(m.ok()).as(m.output()).isTrue();
    assertThat(m.millis()).isPositive();
    assertThat(m.peakRssKb()).isPositive();
    assertThat(ColdGeneration.SPECGEN_OWN_TIME.matcher(m.output()).find()).as(m.output()).isTrue();
    assertThat(CodeSize.of(ColdGeneration.mainSources(Tool.SPECGEN_NO_DOCS, out)).files()).isPositive();
  }

  @Test
  void codeSizeCountsJavaFilesAndLines() throws Exception {
    Path root = tmp.resolve("src");
    Files.createDirectories(root.resolve("a/b"));
    Files.writeString(root.resolve("a/A.java"), "// c\npackage a;\n\nclass A {}\n");
    Files.writeString(root.resolve("a/b/B.java"), "/**\n * doc\n */\nclass B {\n}\n");
    Files.writeString(root.resolve("a/notes.md"), "# not java\n");
    assertThat(CodeSize.of(root)).isEqualTo(new CodeSize(2, 9, 4, 1));
    assertThat(CodeSize.of(root).commentLines()).isEqualTo(4);
    assertThat(CodeSize.of(tmp.resolve("missing"))).isEqualTo(CodeSize.NONE);
  }

  @Test
  void statsGiveMediansAndExponents() {
    assertThat(Stats.median(List.of(5, 1, 3))).isEqualTo(3.0);
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    double[] x = {10, 100, 1000, 5000};
    assertThat(Stats.fitPowerLaw(x, new double[] {20, 200, 2000, 10000}).exponent()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Stats.fitPowerLaw(x, new double[] {1, 100, 10000, 250000}).exponent()).isCloseTo(2.0,
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void pluginLogLineIsParsed() {
    assertThat(PluginNoop.loggedMillis("[INFO] --- specgen:0.1.0-SNAPSHOT:generate (default) ---\n"
        + "[INFO] Specgen: 4 spec(s) up to date, nothing written (12 ms)\n")).contains(12.0);
    assertThat(PluginNoop.loggedMillis("[INFO] Specgen: 4 specs, 4 operations in 2676 ms")).isEmpty();
  }

  @Test
  void reportRendersEveryTableAndTarget() throws Exception {
    Report report = new Report(false, 5);
    Path spec = tmp.resolve("front.yaml");
    Map<Tool, Cell> cells = new LinkedHashMap<>();
    for (Tool tool : Tool.values()) {
      Cell cell = new Cell();
      long ms = tool == Tool.OPENAPI_GENERATOR ? 3000 : 300;
      cell.runs.add(new Measurement(ms * 1_000_000, 100_000, 0,
          "specgen: 1 spec in 120 ms -> " + tmp));
      cell.lastOutput = tmp.resolve(tool.name());
      cells.put(tool, cell);
    }
    report.cold = Map.of(new Case("front.yaml", spec, 1, true), cells);
    report.generation = List.of(
        new GenerationPoint(10, 5, Optional.of(new Score(5, 0.1, "ms/op", "test")), Optional.empty()),
        new GenerationPoint(100, 50, Optional.empty(), Optional.of("probe only")));
    report.plugin = new PluginNoop.Result(List.of(10.0, 12.0), List.of(900.0, 950.0), Optional.empty());
    report.client = Map.of("decodePlainJackson", new Score(100, 1, "us/op", "test"));
    report.clientPending = "not built";
    report.machine = List.of("- test machine");
    report.heapPageBytes = 50 * 1024 * 1024;
    report.heap = Map.of(
        "raw", new MinHeap.Result("raw", 200, List.of("2048 ok", "200 ok")),
        "runtime", new MinHeap.Result("runtime", 150, List.of("2048 ok", "150 ok")));
    report.histogram = HeapHistogram.parse("histogram-samples: 3\nhistogram-total: 2097152\n"
        + "histogram-row: 10 1048576 [B\n");
    report.javacSpecgen = new JavacTiming.Result(10, List.of(3000.0), 2 << 20, 20, Optional.empty());
    report.javacSpecgenModels = new JavacTiming.Result(6, List.of(2000.0), 1 << 20, 10, Optional.empty());
    report.javacOag = new JavacTiming.Result(12, List.of(10000.0), 4 << 20, 30, Optional.empty());
    report.javacOagModels = new JavacTiming.Result(8, List.of(4000.0), 2 << 20, 16, Optional.empty());
    report.warmProfile = new Profile(200, List.of("java.lang.String.indexOf: 10%"),
        List.of("dev.specgen.emit.Emitter.emit: 40%"), 60, 12, new Profile.JvmWork(-1, -1, 4, 30));
    report.warmProfileWarmupSeconds = 60;
    String md = report.markdown();
    assertThat(md).contains("| Specgen | the models alone | 6 | [2000] | 2.0 | 10 | 1.0 |",
        "the models alone took 2.0 s for Specgen (10 class files, 200.0 ms each) and 4.0 s for "
            + "openapi-generator (16 class files, 250.0 ms each), 50% of its time; the rest",
        "added 1.0 s and 6.0 s",
        "## Where warm generation's time goes (JFR)", "recording after 60 s of warm-up", "200 samples. JavaPoet rendering 30% of the samples",
        "| `java.lang.String.indexOf: 10%` | `dev.specgen.emit.Emitter.emit: 40%` |");
    assertThat(md).contains("## Targets", "## 1. Generation, cold process", "10.00×",
        "## 2. Generation, warm", "Scaling exponent", "## 3. Maven plugin", "| 2 | 11.0 |",
        "## 4. Generated code size", "## 5. Client overhead", "Generated side pending: not built",
        "## 6. Heap to fetch and decode a large page", "| runtime | 150 | 2048 ok, 150 ok |",
        "## 7. javac time of the generated code", "## 8. One spec changed in a many-spec project",
        "## What Specgen's heap holds (class histogram)", "| `[B` | 10 | 1.0 |",
        "| Plugin no-op < 50 ms | 11.0 ms (median of 2) | met | [3. Maven plugin, no-op build]"
            + "(#3-maven-plugin-no-op-build) |",
        "| Scaling exponent ≤ 1.05 (over all sizes, and between the two largest) | 1.00 over all "
            + "sizes, 1.00 between the two largest (to 100 ops) | met |",
        "Decoding a 100-conversation Front page ≤ 1.0× plain Jackson | pending: not built | pending");
  }

  @Test
  void targetsTableHasEveryTargetOfTheIssueOnce() throws Exception {
    Report report = new Report(false, 5);
    Map<Case, Map<Tool, Cell>> cold = new LinkedHashMap<>();
    for (String name : List.of("front.yaml", "chatwoot.yaml", "highlevel.yaml", "inquirly.yaml",
        "chatwoot swagger.json (real)", "synthetic 1000 ops", "synthetic 5000 ops")) {
      Map<Tool, Cell> cells = new LinkedHashMap<>();
      for (Tool tool : Tool.values()) {
        Cell cell = new Cell();
        boolean oag = tool == Tool.OPENAPI_GENERATOR;
        // Specgen is 6x faster on the flagship specs and 2x on the rest; RSS 40% of openapi-generator's.
        long ms = oag ? 6000 : name.endsWith(".yaml") ? 1000 : 3000;
        cell.runs.add(new Measurement(ms * 1_000_000, oag ? 1_000_000 : 400_000, 0, ""));
        cells.put(tool, cell);
      }
      cold.put(new Case(name, tmp.resolve(name), 1, name.endsWith(".yaml")), cells);
    }
    report.cold = cold;
    report.generation = List.of(
        new GenerationPoint(100, 25, Optional.of(new Score(25, 1, "ms/op", "t")), Optional.empty()),
        new GenerationPoint(1000, 250, Optional.of(new Score(250, 1, "ms/op", "t")), Optional.empty()));
    report.capped = Map.of("synthetic 1000 ops", new ColdGeneration.CappedRun(488,
        new Measurement(2_000_000_000L, 300_000, 0, ""), 12));
    report.javacSpecgen = new JavacTiming.Result(10, List.of(3000.0, 3100.0, 2900.0), 2 << 20, 20,
        Optional.empty());
    report.javacOag = new JavacTiming.Result(12, List.of(10000.0, 9000.0, 11000.0), 4 << 20, 30,
        Optional.empty());
    report.plugin = new PluginNoop.Result(List.of(60.0), List.of(900.0), Optional.empty());

    List<Targets.Target> rows = TargetRows.of(report).rows();

    assertThat(rows).extracting(Targets.Target::verdict).containsExactly(
        Targets.Verdict.MET, Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET,
        Targets.Verdict.MET, Targets.Verdict.MET,
        Targets.Verdict.MET, Targets.Verdict.MET, Targets.Verdict.MET, Targets.Verdict.PENDING,
        Targets.Verdict.PENDING, Targets.Verdict.PENDING, Targets.Verdict.MET,
        Targets.Verdict.PENDING, Targets.Verdict.PENDING, Targets.Verdict.NOT_MET,
        Targets.Verdict.PENDING);
    assertThat(rows.get(0).measured()).isEqualTo(
        "slowest 6.00×: front 6.00×, chatwoot 6.00×, highlevel 6.00×, inquirly 6.00×");
    assertThat(rows.get(3).measured()).isEqualTo("2.00× (3,000 ms vs 6,000 ms)");
    assertThat(rows.get(6).measured()).isEqualTo("40% (391 MB vs 977 MB)");
    assertThat(rows.get(8).measured()).isEqualTo("runs with -Xmx488m: yes, 2000 ms, 292 MB peak RSS");
    assertThat(rows.get(12).measured()).isEqualTo(
        "30% (3.0 s vs 10.0 s, median of 3; class files 2.0 MB vs 4.0 MB)");
    assertThat(rows.get(3).section()).isEqualTo(Report.PROFILE);
    assertThat(rows.get(6).section()).isEqualTo(Report.HISTOGRAM);
  }

  @Test
  void targetsRenderAsATableWithVerdictsAndLinks() {
    Targets targets = new Targets();
    targets.add("A ≤ 1", "0.5", Targets.Verdict.MET, "1. Generation, cold process");
    targets.add("B ≥ 5×", "2×", Targets.Verdict.NOT_MET, "Where Specgen's cold time goes (JFR)");
    targets.add("C", "not run", Targets.Verdict.PENDING, "What Specgen's heap holds (class histogram)");
    assertThat(targets.markdown()).isEqualTo("""
        1 of 3 targets met, 1 not measured in this run.

        | target | measured | met? | detail |
        |---|---|---|---|
        | A ≤ 1 | 0.5 | met | [1. Generation, cold process](#1-generation-cold-process) |
        | B ≥ 5× | 2× | **not met** | [Where Specgen's cold time goes (JFR)](#where-specgens-cold-time-goes-jfr) |
        | C | not run | pending | [What Specgen's heap holds (class histogram)](#what-specgens-heap-holds-class-histogram) |

        """);
  }

  @Test
  void javacTimingCompilesATreeAndReportsWhatDoesNot() throws Exception {
    Path src = tmp.resolve("gen");
    Files.createDirectories(src.resolve("p"));
    Files.writeString(src.resolve("p/A.java"), "package p;\n"
        + "public record A(@com.fasterxml.jackson.annotation.JsonProperty(\"x\") String x) {}\n");
    Files.writeString(src.resolve("p/B.java"), "package p;\nclass B { A a = new A(\"b\"); }\n");
    JavacTiming javac = new JavacTiming(new ProcessRunner(Duration.ofSeconds(120)), tmp.resolve("work"));

    JavacTiming.Result ok = javac.time("ok", src, System.getProperty("java.class.path"), 1);
    assertThat(ok.failure()).isEmpty();
    assertThat(ok.sourceFiles()).isEqualTo(2);
    assertThat(ok.runs()).hasSize(1);
    assertThat(ok.classFiles()).isEqualTo(2);
    assertThat(ok.classBytes()).isPositive();

    JavacTiming.Result missing = javac.time("missing", src, tmp.toString(), 1);
    assertThat(missing.failure()).hasValueSatisfying(f -> assertThat(f).contains("javac exit code"));
    assertThat(missing.medianMillis()).isNaN();
  }

  @Test
  void heapHistogramIsReadFromTheJvmAndFromItsOwnLines() throws Exception {
    HeapHistogram.Histogram own = HeapHistogram.parse(HeapHistogram.classHistogram());
    assertThat(own.totalBytes()).isPositive();
    assertThat(own.top()).hasSize(10);
    assertThat(own.top().get(0).bytes()).isGreaterThanOrEqualTo(own.top().get(9).bytes());
    HeapHistogram.Histogram printed = HeapHistogram.parse("""
        histogram-samples: 4
        histogram-total: 300
        histogram-row: 2 200 java.lang.String
        histogram-row: 1 100 [B
        """);
    assertThat(printed).isEqualTo(new HeapHistogram.Histogram(4, 300, List.of(
        new HeapHistogram.Row(2, 200, "java.lang.String"), new HeapHistogram.Row(1, 100, "[B"))));
  }

  @Test
  void specgenCommandPutsJvmFlagsBeforeTheJar() {
    List<String> command = new SpecgenCommand(Path.of("/x/cli.jar"))
        .generate(List.of("-Xmx100m"), Path.of("/s.json"), Path.of("/out"), false);
    assertThat(command.subList(1, command.size())).containsExactly("-Xmx100m", "-jar", "/x/cli.jar",
        "generate", "--spec", "/s.json", "--package", "bench.x", "--out", "/out", "--no-docs");
    assertThat(new MavenCommand(Path.of("/r/mvnw"), Optional.of(Path.of("/m2")), true)
        .build(Path.of("/p/pom.xml"), "generate-sources"))
        .containsExactly("/r/mvnw", "-B", "-ntp", "-o", "-Dmaven.repo.local=/m2", "-f", "/p/pom.xml",
            "generate-sources");
  }

  @Test
  void specgenCommandRunsTheLauncherBesideTheJarWithTheFlagsInItsOptions(@TempDir Path dir)
      throws IOException {
    Path jar = Files.writeString(dir.resolve("cli.jar"), "");
    Files.writeString(dir.resolve("specgen"), "#!/bin/sh\n");
    SpecgenCommand specgen = new SpecgenCommand(jar);
    List<String> command = specgen.generate(List.of("-Xmx100m", "-Xss1m"), Path.of("/s.json"),
        Path.of("/out"), true);
    assertThat(specgen.usesLauncher()).isTrue();
    assertThat(command).startsWith("/usr/bin/env", "SPECGEN_JAVA_OPTS=-Xmx100m -Xss1m");
    assertThat(command.subList(3, command.size())).containsExactly("/bin/sh",
        dir.resolve("specgen").toString(), "generate", "--spec", "/s.json", "--package", "bench.x",
        "--out", "/out");
  }

  @Test
  void runAllParsesItsOptions() {
    assertThat(RunAll.parse(new String[] {"--runs", "3", "--quick"}))
        .containsEntry("runs", "3").containsEntry("quick", "true");
  }

  static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
