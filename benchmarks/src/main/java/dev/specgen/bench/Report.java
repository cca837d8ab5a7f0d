package dev.specgen.bench;

import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.JmhRuns.GenerationPoint;
import dev.specgen.bench.JmhRuns.Score;
import dev.specgen.bench.heap.HeapHistogram;
import dev.specgen.bench.heap.MinHeap;
import dev.specgen.bench.jmh.BaselineBenchmark;
import dev.specgen.bench.scale.IncrementalBuild;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The Markdown report: every table, and each target as met or not with its number. */
public final class Report {

  /** One JFR profile of a cold Specgen run. */
  public record ProfileEntry(String spec, double wallMillis, Profile profile) {}

  final boolean quick;
  private final int runs;

  List<String> machine = List.of();
  String loadBefore = "unknown";
  String loadAfter = "unknown";
  String rssMethod = "";
  /** How the cold runs start Specgen (launcher script or {@code java -jar}). */
  String specgenStart = "`java -jar` with default JVM flags";
  Map<Case, Map<Tool, Cell>> cold = new LinkedHashMap<>();
  CodeSize runtimeSize = CodeSize.NONE;
  List<ProfileEntry> profiles = List.of();
  PluginNoop.Result plugin = new PluginNoop.Result(List.of(), List.of(), Optional.of("not run"));
  List<GenerationPoint> generation = List.of();
  Map<String, Score> client = Map.of();
  String clientPending;
  Map<String, Profile> clientProfiles = new LinkedHashMap<>();
  /** JFR over warm in-process generations of the reference size, when it was taken. */
  Profile warmProfile;
  /** The warm-up before {@link #warmProfile} recorded, seconds. */
  int warmProfileWarmupSeconds;
  Map<String, MinHeap.Result> heap = Map.of();
  int heapPageBytes;
  double totalMinutes;

  /** The synthetic size the single-size targets use: 1,000 operations (100 with --quick). */
  int referenceOps = 1000;
  Map<String, ColdGeneration.CappedRun> capped = new LinkedHashMap<>();
  JavacTiming.Result javacSpecgen;
  JavacTiming.Result javacOag;
  /** javac on the models alone (openapi-generator's with the support classes they import). */
  JavacTiming.Result javacSpecgenModels;
  JavacTiming.Result javacOagModels;
  String javacPending = "not run";
  int javacRuns;
  IncrementalBuild.Result incremental;
  HeapHistogram.Histogram histogram;
  String histogramPending = "not run";

  // Section headings, which the Targets table links to.
  static final String COLD = "1. Generation, cold process";
  static final String WARM = "2. Generation, warm and in-process (JMH)";
  static final String PLUGIN = "3. Maven plugin, no-op build";
  static final String SIZE = "4. Generated code size";
  static final String CLIENT = "5. Client overhead (JMH)";
  static final String HEAP_PAGE = "6. Heap to fetch and decode a large page";
  static final String JAVAC = "7. javac time of the generated code";
  static final String INCREMENTAL = "8. One spec changed in a many-spec project";
  static final String PROFILE = "Where Specgen's cold time goes (JFR)";
  static final String HISTOGRAM = "What Specgen's heap holds (class histogram)";
  static final String CLIENT_PROFILE = "Where the generated client's time goes (JFR)";
  static final String WARM_PROFILE = "Where warm generation's time goes (JFR)";

  public Report(boolean quick, int runs) {
    this.quick = quick;
    this.runs = runs;
  }

  public String markdown() {
    StringBuilder body = new StringBuilder();
    cold(body);
    generation(body);
    plugin(body);
    size(body);
    client(body);
    heap(body);
    javac(body);
    incremental(body);
    profiles(body);
    warmProfile(body);
    histogram(body);

    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks: Specgen vs openapi-generator 7.25.0\n\n");
    md.append("Written by `benchmarks/run.sh` (see `benchmarks/README.md`); every number below comes ")
        .append("from that one run, all tools side by side on the same machine. Times are medians; ")
        .append("ratios are openapi-generator's median over Specgen's (higher is better for Specgen) ")
        .append("unless a table says otherwise.\n\n");
    if (quick) {
      md.append("**`--quick` run: a check of the harness, not a measurement. Its numbers mean nothing.**\n\n");
    }
    md.append("## Machine\n\n");
    machine.forEach(l -> md.append(l).append('\n'));
    md.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ")
        .append(loadAfter).append('\n');
    md.append("- Peak RSS measured with ").append(rssMethod).append('\n');
    md.append(String.format("- The whole run took %.0f minutes%n", totalMinutes));
    if (loaded()) {
      md.append("\n**Preliminary: taken while other work was running on this machine (the load ")
          .append("average was above the core count). Ratios between tools are more trustworthy ")
          .append("than absolute times, since every round ran all tools one after the other.**\n");
    }
    md.append("\n## Targets\n\nIssue 15's targets, each measured in this run; \"detail\" links the ")
        .append("section with the figures behind it, and for a target not met the profile or ")
        .append("histogram that shows where the time or memory goes.\n\n");
    md.append(TargetRows.of(this).markdown());
    md.append('\n').append(body);
    return md.toString();
  }

  /**
   * Whether other work was running when the run started. Only the load before counts: the run's
   * own JMH forks, servers and compilers keep the load average near the core count, so the load
   * after cannot tell other work apart.
   */
  private boolean loaded() {
    try {
      return Double.parseDouble(loadBefore.split(" ")[0]) > Runtime.getRuntime().availableProcessors();
    } catch (RuntimeException e) {
      return false;
    }
  }


  // ---- 1. Cold generation --------------------------------------------------------------------

  private void cold(StringBuilder md) {
    md.append("## ").append(COLD).append("\n\n");
    md.append("Each run is a fresh process into a new folder of its own; no output is deleted until ")
        .append("all measuring is over (on this machine's journal-less ext4, deleting thousands of files ")
        .append("slows the file creation of the next minute's runs), and `sync` writes each run's files ")
        .append("to disk before the next run starts. Specgen runs through ")
        .append(specgenStart).append(", openapi-generator as `java -jar` with default JVM flags. Median of ").append(runs)
        .append(" runs per tool and spec; in each round every tool runs once. Specgen: `generate ")
        .append("--spec FILE --package bench.x --out DIR [--no-docs]`; openapi-generator: `generate -g ")
        .append("java --library native -i FILE -o DIR` with the api, model and invoker packages set ")
        .append("(its defaults: sources, Markdown docs, test stubs and build files). \"Own time\" is ")
        .append("the time Specgen's --no-docs run reports for loading, emitting and writing (which ")
        .append("includes loading and JIT-compiling its own classes); the rest of its wall time is JVM ")
        .append("start-up and shut-down. Synthetic specs are JSON (openapi-generator's ")
        .append("YAML parser refuses documents over 3 MiB of text).\n\n");
    md.append("| spec | ops | Specgen --no-docs ms | Specgen with docs ms | openapi-generator ms | ")
        .append("speed-up, --no-docs | speed-up, with docs | Specgen own time ms | peak RSS MB, ")
        .append("Specgen / openapi-generator |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Case, Map<Tool, Cell>> e : cold.entrySet()) {
      Case c = e.getKey();
      Cell noDocs = e.getValue().get(Tool.SPECGEN_NO_DOCS);
      Cell docs = e.getValue().get(Tool.SPECGEN_DOCS);
      Cell oag = e.getValue().get(Tool.OPENAPI_GENERATOR);
      OptionalDouble s1 = ratio(oag.medianMillis(), noDocs.medianMillis());
      OptionalDouble s2 = ratio(oag.medianMillis(), docs.medianMillis());
      md.append("| ").append(c.name()).append(" | ").append(c.operations()).append(" | ")
          .append(ms(noDocs)).append(" | ").append(ms(docs)).append(" | ").append(ms(oag)).append(" | ")
          .append(x(s1)).append(" | ").append(x(s2)).append(" | ")
          .append(num(noDocs.medianGeneratorMillis())).append(" | ")
          .append(num(noDocs.medianRssMb())).append(" / ").append(num(oag.medianRssMb())).append(" |\n");
    }
    md.append('\n');
    capped(md);
  }

  private static String ms(Cell cell) {
    String median = cell.medianMillis().isPresent()
        ? String.format("%.0f", cell.medianMillis().getAsDouble()) : "–";
    if (cell.failure != null) {
      return median + (cell.runs.isEmpty() ? " " : " (" + cell.runs.size() + " runs) ")
          + "**" + cell.failure + "**";
    }
    return median;
  }

  // ---- 2. Warm generation ----------------------------------------------------------------------

  private void generation(StringBuilder md) {
    md.append("## ").append(WARM).append("\n\n");
    md.append("`Generator.generate` on the synthetic specs, sources only (no docs), including reading ")
        .append("the spec and writing the files (class `GenerationBenchmark`): average time over 2-second ")
        .append("iterations, or, for a size whose cold probe takes over 2 s, over 10-second iterations ")
        .append("after a minute of warm-up, which a generation of 1,000 operations needs before it runs ")
        .append("at its warm speed (\"how\" says which). A size ")
        .append("whose single cold in-process generation (the probe) takes over 30 s is not run ")
        .append("under JMH; its probe time is shown and used in the fit instead.\n\n");
    md.append("| ops | ms per generation | ± (99.9%) | operations per second | how |\n")
        .append("|---:|---:|---:|---:|---|\n");
    List<double[]> points = new ArrayList<>();
    for (GenerationPoint p : generation) {
      if (Double.isNaN(p.millis())) {
        md.append("| ").append(p.operations()).append(" | – | – | – | ").append(p.note().orElse(""))
            .append(" |\n");
        continue;
      }
      points.add(new double[] {p.operations(), p.millis()});
      md.append("| ").append(p.operations()).append(" | ").append(fmt(p.millis())).append(" | ")
          .append(p.jmh().map(s -> fmt(s.error())).orElse("–")).append(" | ")
          .append(String.format("%,.0f", p.operations() / (p.millis() / 1000))).append(" | ")
          .append(p.jmh().map(Score::how).orElse(p.note().orElse(""))).append(" |\n");
    }
    exponents().ifPresent(e -> md.append(String.format("%nScaling exponent (least-squares fit of "
        + "log time on log operations, 1.0 = linear): **%.2f** over %s operations; %.2f between the "
        + "two largest sizes.%n", e.all(), sizes(points.stream().mapToDouble(p -> p[0]).toArray()),
        e.topTwo())));
    md.append('\n');
  }

  /**
   * The scaling exponent over every measured size, and between the two largest.
   *
   * @param all least-squares fit over all sizes
   * @param topTwo between the two largest sizes
   * @param largest the largest size measured
   * @param allSizes whether every size was measured
   */
  record Exponents(double all, double topTwo, double largest, boolean allSizes) {}

  /** The exponents, when at least two sizes were measured. */
  Optional<Exponents> exponents() {
    List<GenerationPoint> measured = generation.stream().filter(p -> !Double.isNaN(p.millis())).toList();
    if (measured.size() < 2) {
      return Optional.empty();
    }
    double[] x = measured.stream().mapToDouble(GenerationPoint::operations).toArray();
    double[] y = measured.stream().mapToDouble(GenerationPoint::millis).toArray();
    int n = x.length;
    return Optional.of(new Exponents(Stats.fitPowerLaw(x, y).exponent(),
        Stats.fitPowerLaw(new double[] {x[n - 2], x[n - 1]}, new double[] {y[n - 2], y[n - 1]})
            .exponent(), x[n - 1], measured.size() == generation.size()));
  }

  /**
   * Where each tool's generated main sources are after the last cold run of one spec.
   *
   * @param specgen Specgen's ({@code --no-docs})
   * @param openapiGenerator openapi-generator's
   */
  record MainSources(Path specgen, Path openapiGenerator) {}

  /** The main sources the last cold runs of {@code name} left, when both tools wrote some. */
  Optional<MainSources> mainSourcesOf(String name) {
    return coldOf(name).flatMap(Report::mainSources);
  }

  private static Optional<MainSources> mainSources(Map<Tool, Cell> cells) {
    Path specgen = cells.get(Tool.SPECGEN_NO_DOCS).lastOutput;
    Path oag = cells.get(Tool.OPENAPI_GENERATOR).lastOutput;
    return specgen == null || oag == null ? Optional.empty() : Optional.of(new MainSources(
        ColdGeneration.mainSources(Tool.SPECGEN_NO_DOCS, specgen),
        ColdGeneration.mainSources(Tool.OPENAPI_GENERATOR, oag)));
  }

  /** The cold runs of the spec called {@code name}, if it was run. */
  Optional<Map<Tool, Cell>> coldOf(String name) {
    return cold.entrySet().stream().filter(e -> e.getKey().name().equals(name))
        .map(Map.Entry::getValue).findFirst();
  }

  private static String sizes(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : i == x.length - 1 ? " and " : ", ").append(String.format("%,.0f", x[i]));
    }
    return s.toString();
  }

  // ---- 3. Plugin no-op -------------------------------------------------------------------------

  private void plugin(StringBuilder md) {
    md.append("## ").append(PLUGIN).append("\n\n");
    md.append("`benchmarks/plugin-noop`: the four flagship specs through `specgen-maven-plugin`. ")
        .append("One `mvn generate-sources` generates; then each further build finds nothing ")
        .append("changed. The plugin's own time is the one it logs (`... up to date, nothing written ")
        .append("(N ms)`).\n\n");
    if (plugin.pending().isPresent()) {
      md.append("Pending: ").append(plugin.pending().get()).append("\n\n");
      return;
    }
    double median = Stats.median(plugin.pluginMillis());
    md.append("| builds | plugin's own time, median ms | all plugin times ms | whole `mvn generate-sources`, median ms |\n")
        .append("|---:|---:|---|---:|\n")
        .append("| ").append(plugin.pluginMillis().size()).append(" | ").append(fmt(median)).append(" | ")
        .append(plugin.pluginMillis().stream().map(d -> String.format("%.0f", d)).toList())
        .append(" | ").append(fmt(Stats.median(plugin.mavenMillis()))).append(" |\n\n");
  }

  // ---- 4. Code size ----------------------------------------------------------------------------

  private void size(StringBuilder md) {
    md.append("## ").append(SIZE).append("\n\n");
    md.append("Java files and lines of the generated main code (tests excluded) from the last cold ")
        .append("run: Specgen's `java/` folder, openapi-generator's `src/main/java`. \"Code\" lines are ")
        .append("neither blank nor comment-only. Specgen's generated code calls `specgen-runtime`, ")
        .append("counted once below; openapi-generator puts its equivalent (ApiClient, JSON, ...) into ")
        .append("every generated project, so it is inside its numbers.\n\n");
    md.append("| spec | Specgen files | Specgen lines (code) | openapi-generator files | ")
        .append("openapi-generator lines (code) | Specgen / openapi-generator, lines |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    CodeSize flagshipSpecgen = CodeSize.NONE;
    CodeSize flagshipOag = CodeSize.NONE;
    boolean complete = true;
    for (Map.Entry<Case, Map<Tool, Cell>> e : cold.entrySet()) {
      Optional<MainSources> sources = mainSources(e.getValue());
      if (sources.isEmpty()) {
        md.append("| ").append(e.getKey().name()).append(" | – | – | – | – | not generated |\n");
        complete &= !e.getKey().flagship();
        continue;
      }
      CodeSize sg = CodeSize.of(sources.get().specgen());
      CodeSize oag = CodeSize.of(sources.get().openapiGenerator());
      md.append(sizeRow(e.getKey().name(), sg, oag));
      if (e.getKey().flagship()) {
        flagshipSpecgen = flagshipSpecgen.plus(sg);
        flagshipOag = flagshipOag.plus(oag);
      }
    }
    md.append(sizeRow("**four flagship specs**", flagshipSpecgen, flagshipOag));
    md.append(String.format("| specgen-runtime (client-runtime/src/main/java, once) | %d | %,d (%,d) | | | |%n%n",
        runtimeSize.files(), runtimeSize.lines(), runtimeSize.codeLines()));
    if (flagshipOag.lines() > 0 && complete) {
      double withRuntime = 100.0 * (flagshipSpecgen.lines() + runtimeSize.lines()) / flagshipOag.lines();
      md.append(String.format("With the runtime counted once, the four flagship clients are %.0f%% of "
          + "openapi-generator's lines.%n%n", withRuntime));
    }
    linesByPart(md);
  }

  static final String LINES_BY_PART = "Where the lines go";

  /** The reference-size output of both tools by part, and Specgen's client by class. */
  private void linesByPart(StringBuilder md) {
    Optional<MainSources> sources = mainSourcesOf(TargetRows.synthetic(referenceOps));
    if (sources.isEmpty()) {
      return;
    }
    Path specgen = sources.get().specgen();
    md.append(String.format("### %s%n%n", LINES_BY_PART));
    md.append(String.format("The synthetic %,d-operation spec's output by part. \"Comment\" lines are ", referenceOps))
        .append("Javadoc and other comments.\n\n");
    md.append("| tool | part | files | lines | code | comment | blank | share of the tool's lines |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    partRows(md, "Specgen", SourceParts.of(Tool.SPECGEN_NO_DOCS, specgen));
    partRows(md, "openapi-generator", SourceParts.of(Tool.OPENAPI_GENERATOR, sources.get().openapiGenerator()));
    md.append("\nSpecgen's client class by class (its own methods, then each nested class: the views ")
        .append("and the builder):\n\n| class | lines | code | comment | blank |\n|---|---:|---:|---:|---:|\n");
    SourceParts.clientClasses(specgen).forEach((name, size) -> md.append(String.format(
        "| `%s` | %,d | %,d | %,d | %,d |%n", name, size.lines(), size.codeLines(), size.commentLines(),
        size.blankLines())));
    md.append('\n');
  }

  private static void partRows(StringBuilder md, String tool, List<SourceParts.Part> parts) {
    List<CodeSize> sizes = parts.stream().map(SourceParts.Part::size).toList();
    long total = sizes.stream().mapToLong(CodeSize::lines).sum();
    for (int i = 0; i < parts.size(); i++) {
      CodeSize size = sizes.get(i);
      md.append(String.format("| %s | %s | %,d | %,d | %,d | %,d | %,d | %.1f%% |%n", tool,
          parts.get(i).name(), size.files(), size.lines(), size.codeLines(), size.commentLines(),
          size.blankLines(), 100.0 * size.lines() / Math.max(1, total)));
    }
  }

  private static String sizeRow(String name, CodeSize sg, CodeSize oag) {
    return String.format("| %s | %d | %,d (%,d) | %d | %,d (%,d) | %s |%n", name, sg.files(), sg.lines(),
        sg.codeLines(), oag.files(), oag.lines(), oag.codeLines(),
        oag.lines() == 0 ? "–" : String.format("%.1f%%", 100.0 * sg.lines() / oag.lines()));
  }

  // ---- 5. Client overhead ----------------------------------------------------------------------

  private void client(StringBuilder md) {
    md.append("## ").append(CLIENT).append("\n\n");
    md.append("Decoding: a 100-conversation Front page (").append("built from the spec's example, ")
        .append("about 420 KB) into the generated models with Specgen's mapper vs plain Jackson into ")
        .append("hand-written records (`PlainFront`). Per call: building and sending the ")
        .append("list-contact-conversations request to a JDK HttpServer on 127.0.0.1 that returns a ")
        .append("fixed one-conversation page, generated `FrontClient` vs raw `java.net.http` (the ")
        .append("same URL and headers) with the body decoded by plain Jackson, and raw with the body ")
        .append("left as bytes. Average time per operation.\n\n");
    md.append("| benchmark | µs/op | ± (99.9%) | how |\n|---|---:|---:|---|\n");
    client.forEach((name, s) -> md.append("| ").append(name).append(" | ").append(fmt(s.score()))
        .append(" | ").append(fmt(s.error())).append(" | ").append(s.how()).append(" |\n"));
    md.append('\n');
    if (clientPending != null) {
      md.append("Generated side pending: ").append(clientPending).append("\n\n");
      return;
    }
    OptionalDouble decode = ratio(score("decodeGenerated"), score("decodePlainJackson"));
    OptionalDouble call = ratio(score("callGeneratedClient"), score("callRawHttpDecoded"));
    OptionalDouble callBytes = ratio(score("callGeneratedClient"), score("callRawHttpBytes"));
    md.append("Ratios (generated over baseline; lower is better for Specgen): decoding ")
        .append(x(decode)).append("; per call ").append(x(call)).append(" against raw + Jackson, ")
        .append(x(callBytes)).append(" against raw bytes only.\n\n");
  }

  OptionalDouble score(String name) {
    Score s = client.get(name);
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s.score());
  }

  // ---- 6. Heap to decode a large page ----------------------------------------------------------

  private void heap(StringBuilder md) {
    md.append("## ").append(HEAP_PAGE).append("\n\n");
    md.append("The smallest `-Xmx` with which a fresh JVM (default flags otherwise) fetches a ")
        .append(String.format("%.1f", heapPageBytes / 1048576.0))
        .append(" MB Front page from a JDK HttpServer on 127.0.0.1 and decodes it: raw `java.net.http` ")
        .append("(`BodyHandlers.ofByteArray()`) + plain Jackson into hand-written records; Specgen's runtime ")
        .append("(`ApiClientCore`) into the same records; the generated `FrontClient` into its models. ")
        .append("Binary search between 32 MB and 2 GB to ").append(MinHeap.STEP_MB)
        .append(" MB (class `heap.MinHeap`, probe `heap.HeapProbe`).\n\n");
    md.append("| side | min heap MB | tries (MB) |\n|---|---:|---|\n");
    heap.values().forEach(r -> md.append("| ").append(r.side()).append(" | ").append(r.minHeapMb())
        .append(" | ").append(String.join(", ", r.tries())).append(" |\n"));
    md.append('\n');
    MinHeap.Result raw = heap.get("raw");
    MinHeap.Result specgen = heap.containsKey("generated") ? heap.get("generated") : heap.get("runtime");
    if (raw == null || specgen == null || raw.minHeapMb() < 0 || specgen.minHeapMb() < 0) {
      return;
    }
    double ratio = (double) specgen.minHeapMb() / raw.minHeapMb();
    md.append(String.format("The generated client needs %.2f× the heap of raw java.net.http + Jackson.%n%n",
        (double) specgen.minHeapMb() / raw.minHeapMb()));
  }

  // ---- 7. javac -------------------------------------------------------------------------------

  private void javac(StringBuilder md) {
    md.append("## ").append(JAVAC).append("\n\n");
    md.append("The generated main sources of the synthetic ").append(String.format("%,d", referenceOps))
        .append("-operation spec from the last cold run of each tool (Specgen --no-docs: `java/`; ")
        .append("openapi-generator: `src/main/java`), each compiled ")
        .append(javacRuns == 1 ? "once" : javacRuns + " times")
        .append(" in a fresh process by this JDK's `javac` with the same options: `")
        .append("javac ").append(String.join(" ", JavacTiming.OPTIONS)).append(" -cp CP -d DIR @FILES")
        .append("`, into an empty folder each time. Class path: Specgen's `specgen-runtime` and its ")
        .append("dependencies; openapi-generator's the dependencies of the `pom.xml` it generates ")
        .append("(Jackson databind and jsr310, jackson-databind-nullable, jsr305, ")
        .append("jakarta.annotation-api 1.3.5), both resolved by `benchmarks/javac-classpath/pom.xml` ")
        .append("with the same Jackson. Median wall time; class files of the last compilation.\n\n");
    if (javacSpecgen == null || javacOag == null) {
      md.append("Pending: ").append(javacPending).append("\n\n");
      return;
    }
    md.append("| tool | compiled | Java files | javac runs ms | median s | class files | class bytes MB |\n")
        .append("|---|---|---:|---|---:|---:|---:|\n");
    javacRow(md, "Specgen", "all", javacSpecgen);
    javacRow(md, "Specgen", "the models alone", javacSpecgenModels);
    javacRow(md, "openapi-generator", "all", javacOag);
    javacRow(md, "openapi-generator", "the models, with the support classes they import", javacOagModels);
    md.append('\n');
    javacByPart(md);
  }

  /**
   * Where javac's time goes: the models against the rest, per tool, and the time per class file
   * written, which is what javac's time follows far more than lines.
   */
  private void javacByPart(StringBuilder md) {
    if (javacSpecgenModels == null || javacOagModels == null
        || Double.isNaN(javacSpecgenModels.medianMillis()) || Double.isNaN(javacOagModels.medianMillis())
        || Double.isNaN(javacSpecgen.medianMillis()) || Double.isNaN(javacOag.medianMillis())) {
      return;
    }
    md.append(String.format("Where the time goes: the models alone took %.1f s for Specgen (%d class "
            + "files, %.1f ms each) and %.1f s for openapi-generator (%d class files, %.1f ms each), "
            + "%.0f%% of its time; the rest (Specgen's request records and client, openapi-generator's "
            + "API classes) added %.1f s and %.1f s. Each side's parts, by lines: [%s](#%s).%n%n",
        javacSpecgenModels.medianMillis() / 1000, javacSpecgenModels.classFiles(),
        perClass(javacSpecgenModels), javacOagModels.medianMillis() / 1000,
        javacOagModels.classFiles(), perClass(javacOagModels),
        100 * javacSpecgenModels.medianMillis() / javacOagModels.medianMillis(),
        (javacSpecgen.medianMillis() - javacSpecgenModels.medianMillis()) / 1000,
        (javacOag.medianMillis() - javacOagModels.medianMillis()) / 1000, LINES_BY_PART,
        Targets.anchor(LINES_BY_PART)));
  }

  private static double perClass(JavacTiming.Result r) {
    return r.medianMillis() / Math.max(1, r.classFiles());
  }

  private static void javacRow(StringBuilder md, String tool, String compiled, JavacTiming.Result r) {
    if (r == null) {
      return;
    }
    md.append("| ").append(tool).append(" | ").append(compiled).append(" | ").append(r.sourceFiles())
        .append(" | ").append(r.runs().stream().map(d -> String.format("%.0f", d)).toList())
        .append(r.failure().map(f -> " **" + f + "**").orElse("")).append(" | ")
        .append(Double.isNaN(r.medianMillis()) ? "–" : String.format("%.1f", r.medianMillis() / 1000))
        .append(" | ").append(r.classFiles()).append(" | ")
        .append(String.format("%.1f", r.classBytes() / 1048576.0)).append(" |\n");
  }

  // ---- 8. One spec changed in a many-spec project ----------------------------------------------

  private void incremental(StringBuilder md) {
    md.append("## ").append(INCREMENTAL).append("\n\n");
    if (incremental == null) {
      md.append("Not run.\n\n");
      return;
    }
    md.append("A single-module project with ").append(incremental.specs()).append(" synthetic specs ")
        .append("(10 to 20 operations each) in `src/main/specs`, all generated by one ")
        .append("`specgen-maven-plugin` execution with its defaults (sources and docs); one ")
        .append("`mvn generate-sources` generates them, then one spec's title changes and a second ")
        .append("`mvn generate-sources` runs (class `scale.IncrementalBuild`). What the second build ")
        .append("regenerated, by the plugin's log and by the files under `target/` whose modification ")
        .append("time or size changed:\n\n");
    if (incremental.failure().isPresent()) {
      md.append("Failed: ").append(incremental.failure().get()).append("\n\n");
      return;
    }
    md.append("| specs | plugin log: generated / up to date | specs whose files changed | files changed | ")
        .append("plugin's own time ms | whole `mvn generate-sources` ms |\n|---:|---|---|---:|---:|---:|\n")
        .append("| ").append(incremental.specs()).append(" | ")
        .append(orQuery(incremental.loggedRegenerated())).append(" / ")
        .append(orQuery(incremental.loggedUpToDate())).append(" | ")
        .append(String.join(", ", incremental.specsWithChangedFiles())).append(" | ")
        .append(incremental.changedFiles()).append(" | ")
        .append(incremental.pluginMillis() < 0 ? "?" : Long.toString(incremental.pluginMillis()))
        .append(" | ").append(incremental.build().map(m -> String.format("%.0f", m.millis())).orElse("–"))
        .append(" |\n\n");
  }

  private static String orQuery(java.util.OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "?";
  }

  // ---- 1 (cont.). A capped heap -------------------------------------------------------------------

  private void capped(StringBuilder md) {
    if (capped.isEmpty()) {
      return;
    }
    md.append("Specgen --no-docs once more on the largest specs, with `-Xmx` set to half of ")
        .append("openapi-generator's median peak RSS above: whether it still succeeds, its wall time ")
        .append("and peak RSS (one run each).\n\n");
    md.append("| spec | -Xmx | succeeded | wall ms | peak RSS MB |\n|---|---:|---|---:|---:|\n");
    capped.forEach((spec, r) -> md.append("| ").append(spec).append(" | ").append(r.xmxMb())
        .append("m | ").append(r.succeeded() ? "yes" : "**no** (exit code " + r.measurement().exitCode() + ")")
        .append(" | ").append(String.format("%.0f", r.measurement().millis())).append(" | ")
        .append(r.measurement().peakRssKb() / 1024).append(" |\n"));
    md.append('\n');
  }

  // ---- Heap histogram ---------------------------------------------------------------------------

  private void histogram(StringBuilder md) {
    md.append("## ").append(HISTOGRAM).append("\n\n");
    if (histogram == null) {
      md.append("Pending: ").append(histogramPending).append("\n\n");
      return;
    }
    md.append("One in-process generation of the synthetic ").append(String.format("%,d", referenceOps))
        .append("-operation spec (sources only) in a fresh JVM with default flags, which takes a ")
        .append("histogram of its own live objects (`GC.class_histogram`, after a full collection) ")
        .append("every ").append(HeapHistogram.INTERVAL_MS).append(" ms while it generates; the ")
        .append("fullest of ").append(histogram.samples()).append(" is shown, ")
        .append(String.format("%.0f MB live", histogram.totalBytes() / 1048576.0))
        .append(" (class `heap.HeapHistogram`). Top ").append(histogram.top().size())
        .append(" classes by bytes:\n\n");
    md.append("| class | instances | MB |\n|---|---:|---:|\n");
    histogram.top().forEach(r -> md.append("| `").append(r.className()).append("` | ")
        .append(String.format("%,d", r.instances())).append(" | ")
        .append(String.format("%.1f", r.bytes() / 1048576.0)).append(" |\n"));
    md.append('\n');
  }

  // ---- Profiles --------------------------------------------------------------------------------

  private void profiles(StringBuilder md) {
    md.append("## ").append(PROFILE).append("\n\n");
    if (profiles.isEmpty()) {
      md.append("No profile was taken.\n\n");
      return;
    }
    md.append("One extra cold `--no-docs` run per spec below with `").append("-XX:StartFlightRecording")
        .append("` (profile settings). Shares of the execution samples: by the method on top of the ")
        .append("stack, and by the nearest Specgen method on the stack. Under each heading: the share ")
        .append("of the samples in JavaPoet's rendering (`JavaFile.writeTo` on the stack) and, within it, ")
        .append("in the regular expression its `CodeWriter.emitAndIndent` splits every emitted piece of ")
        .append("text with (`Pattern.split`); and what the JVM did beside the program's threads, which ")
        .append("execution samples do not show: the methods the JIT compiled and the time its ")
        .append("compiler threads spent on them (the totals `-XX:+CITime` prints at exit; the compiler ")
        .append("shares the two cores with the program's threads), and collector pauses, during which ")
        .append("no program thread runs.\n\n");
    for (ProfileEntry p : profiles) {
      md.append(String.format("### %s (%,.0f ms with JFR, %d samples)%n%n", p.spec(), p.wallMillis(),
          p.profile().samples()));
      jvmWork(md, p.profile());
      profileTable(md, p.profile());
    }
    if (!clientProfiles.isEmpty()) {
      md.append("## ").append(CLIENT_PROFILE).append("\n\n");
      md.append("One JMH fork per method with JFR, recording after its warm-up (")
          .append(BaselineBenchmark.DECODE_WARMUP_ITERATIONS).append(" s for decoding, ")
          .append(BaselineBenchmark.CALL_WARMUP_ITERATIONS).append(" s for a call), then 5 s measured. ")
          .append("\"Nearest Specgen frame\" includes the generated code ")
          .append("(`dev.specgen.bench.generated.front`), the runtime (`dev.specgen.runtime`) and the ")
          .append("benchmark method itself.\n\n");
      clientProfiles.forEach((method, p) -> {
        md.append(String.format("### %s (%d samples)%n%n", method, p.samples()));
        profileTable(md, p);
      });
    }
  }

  private void warmProfile(StringBuilder md) {
    if (warmProfile == null) {
      return;
    }
    md.append("## ").append(WARM_PROFILE).append("\n\n");
    md.append(String.format("`GenerationBenchmark` at %,d operations in one JMH fork with JFR, ",
            referenceOps))
        .append("recording after ").append(warmProfileWarmupSeconds)
        .append(" s of warm-up, then 5 s measured: the generations of a warm JVM, as section 2 ")
        .append("times them.\n\n");
    md.append(String.format("%d samples. ", warmProfile.samples()));
    jvmWork(md, warmProfile);
    profileTable(md, warmProfile);
  }

  private static void jvmWork(StringBuilder md, Profile p) {
    Profile.JvmWork jvm = p.jvm();
    md.append(String.format("JavaPoet rendering %.0f%% of the samples, its line splitting %.0f%%. ",
            p.percent(p.rendering()), p.percent(p.lineSplitting())))
        .append(jvm.compiledMethods() < 0 ? "JIT: not printed. " : String.format(
            "JIT: %,d methods compiled, %,.0f ms in compilations (`-XX:+CITime`). ", jvm.compiledMethods(),
            jvm.compileMillis()))
        .append(String.format("Collector: %,d collections, %,.0f ms of pauses.%n%n", jvm.collections(),
            jvm.pauseMillis()));
  }

  private static void profileTable(StringBuilder md, Profile p) {
    md.append("| top of stack | nearest Specgen frame |\n|---|---|\n");
    int n = Math.max(p.selfTop().size(), p.specgenTop().size());
    for (int i = 0; i < n; i++) {
      md.append("| ").append(i < p.selfTop().size() ? "`" + p.selfTop().get(i) + "`" : "")
          .append(" | ")
          .append(i < p.specgenTop().size() ? "`" + p.specgenTop().get(i) + "`" : "")
          .append(" |\n");
    }
    md.append('\n');
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static OptionalDouble ratio(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() && b.getAsDouble() > 0
        ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble()) : OptionalDouble.empty();
  }

  static String x(OptionalDouble ratio) {
    return ratio.isPresent() ? String.format("%.2f×", ratio.getAsDouble()) : "–";
  }

  private static String num(OptionalDouble d) {
    return d.isPresent() ? String.format("%.0f", d.getAsDouble()) : "–";
  }

  static String fmt(double d) {
    return d >= 100 ? String.format("%,.0f", d) : d >= 10 ? String.format("%.1f", d) : String.format("%.2f", d);
  }
}
