package dev.specgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.JmhRuns.GenerationPoint;
import dev.specgen.bench.JmhRuns.Score;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.front.FrontPages;
import dev.specgen.bench.heap.MinHeap;
import dev.specgen.bench.jmh.BaselineBenchmark;
import dev.specgen.bench.jmh.GenerationBenchmark;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
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
    assertThat(CodeSize.of(root)).isEqualTo(new CodeSize(2, 9, 4));
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
        new GenerationPoint(10, 5, Optional.of(new Score(4, 0.1, "ms/op", "test")), Optional.empty()),
        new GenerationPoint(100, 50, Optional.empty(), Optional.of("probe only")));
    report.plugin = new PluginNoop.Result(List.of(10.0, 12.0), List.of(900.0, 950.0), Optional.empty());
    report.client = Map.of("decodePlainJackson", new Score(100, 1, "us/op", "test"));
    report.clientPending = "not built";
    report.machine = List.of("- test machine");
    report.heapPageBytes = 50 * 1024 * 1024;
    report.heap = Map.of(
        "raw", new MinHeap.Result("raw", 200, List.of("2048 ok", "200 ok")),
        "runtime", new MinHeap.Result("runtime", 150, List.of("2048 ok", "150 ok")));
    String md = report.markdown();
    assertThat(md).contains("## Targets", "## 1. Generation, cold process", "10.00×",
        "## 2. Generation, warm", "Scaling exponent", "## 3. Maven plugin", "| 2 | 11.0 |",
        "## 4. Generated code size", "## 5. Client overhead", "Generated side pending: not built",
        "Plugin no-op < 50 ms | 11.0 ms (median of 2) | yes", "## 6. Heap to fetch and decode a large page",
        "| runtime | 150 | 2048 ok, 150 ok |",
        "Heap to decode a 50 MB page ≤ raw java.net.http + Jackson + 10% | 150 MB runtime vs 200 MB raw (0.75×) | yes");
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
