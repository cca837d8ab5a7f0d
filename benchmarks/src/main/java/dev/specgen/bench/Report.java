package dev.specgen.bench;

import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.JmhRuns.GenerationPoint;
import dev.specgen.bench.JmhRuns.Score;
import dev.specgen.bench.heap.MinHeap;
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

  private final boolean quick;
  private final int runs;

  List<String> machine = List.of();
  String loadBefore = "unknown";
  String loadAfter = "unknown";
  String rssMethod = "";
  Map<Case, Map<Tool, Cell>> cold = new LinkedHashMap<>();
  CodeSize runtimeSize = CodeSize.NONE;
  List<ProfileEntry> profiles = List.of();
  PluginNoop.Result plugin = new PluginNoop.Result(List.of(), List.of(), Optional.of("not run"));
  List<GenerationPoint> generation = List.of();
  Map<String, Score> client = Map.of();
  String clientPending;
  Map<String, Profile> clientProfiles = new LinkedHashMap<>();
  Map<String, MinHeap.Result> heap = Map.of();
  int heapPageBytes;
  double totalMinutes;

  private final List<String[]> targets = new ArrayList<>();

  public Report(boolean quick, int runs) {
    this.quick = quick;
    this.runs = runs;
  }

  public String markdown() {
    targets.clear();
    StringBuilder body = new StringBuilder();
    cold(body);
    generation(body);
    plugin(body);
    size(body);
    client(body);
    heap(body);
    profiles(body);

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
    md.append("\n## Targets\n\n| target | measured | met? |\n|---|---|---|\n");
    targets.forEach(t -> md.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ")
        .append(t[2]).append(" |\n"));
    md.append('\n').append(body);
    return md.toString();
  }

  private boolean loaded() {
    try {
      double before = Double.parseDouble(loadBefore.split(" ")[0]);
      double after = Double.parseDouble(loadAfter.split(" ")[0]);
      return Math.max(before, after) > Runtime.getRuntime().availableProcessors();
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ---- 1. Cold generation --------------------------------------------------------------------

  private void cold(StringBuilder md) {
    md.append("## 1. Generation, cold process\n\n");
    md.append("Each run is a fresh `java -jar` into an empty folder. Median of ").append(runs)
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
    List<Double> flagshipSpeedups = new ArrayList<>();
    boolean flagshipMissing = false;
    Optional<Double> thousand = Optional.empty();
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
      if (c.flagship()) {
        if (s1.isPresent()) {
          flagshipSpeedups.add(s1.getAsDouble());
        } else {
          flagshipMissing = true;
        }
      }
      if (c.name().equals("synthetic 1000 ops") && s1.isPresent()) {
        thousand = Optional.of(s1.getAsDouble());
      }
    }
    md.append('\n');
    String flagship = flagshipSpeedups.isEmpty() ? "not measured"
        : String.format("%.1f× to %.1f× (--no-docs)",
            flagshipSpeedups.stream().mapToDouble(d -> d).min().orElse(0),
            flagshipSpeedups.stream().mapToDouble(d -> d).max().orElse(0));
    boolean flagshipMet = !flagshipMissing && !flagshipSpeedups.isEmpty()
        && flagshipSpeedups.stream().allMatch(d -> d >= 5);
    target("Cold generation ≥ 5× faster than openapi-generator on the flagship specs", flagship,
        flagshipSpeedups.isEmpty() ? "pending" : met(flagshipMet));
    target("Cold generation ≥ 10× faster on the 1,000-operation spec",
        thousand.map(d -> String.format("%.2f×", d)).orElse(thousandNote()),
        thousand.map(d -> met(d >= 10)).orElse(quick ? "pending" : "**no**"));
  }

  private String thousandNote() {
    for (Map.Entry<Case, Map<Tool, Cell>> e : cold.entrySet()) {
      if (e.getKey().name().equals("synthetic 1000 ops")) {
        Cell s = e.getValue().get(Tool.SPECGEN_NO_DOCS);
        return s.failure != null ? "Specgen " + s.failure : "not measured";
      }
    }
    return "not run (--quick)";
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
    md.append("## 2. Generation, warm and in-process (JMH)\n\n");
    md.append("`Generator.generate` on the synthetic specs, sources only (no docs), including reading ")
        .append("the spec and writing the files (class `GenerationBenchmark`, average time). A size ")
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
    String measured;
    String verdict;
    boolean allSizes = generation.stream().noneMatch(p -> Double.isNaN(p.millis()));
    if (points.size() >= 2) {
      double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
      double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
      double all = Stats.fitPowerLaw(x, y).exponent();
      int n = x.length;
      double top = Stats.fitPowerLaw(new double[] {x[n - 2], x[n - 1]},
          new double[] {y[n - 2], y[n - 1]}).exponent();
      md.append(String.format("%nScaling exponent (least-squares fit of log time on log operations, "
          + "1.0 = linear): **%.2f** over %s operations; %.2f between the two largest sizes.%n",
          all, sizes(x), top));
      measured = String.format("exponent %.2f (%.2f between %,.0f and %,.0f ops)%s", all, top,
          x[n - 2], x[n - 1], allSizes ? "" : "; larger sizes not measured");
      verdict = met(Math.max(all, top) <= 1.1 && allSizes);
    } else {
      measured = "not enough sizes measured";
      verdict = "pending";
    }
    md.append('\n');
    target("Linear scaling of generation time with operations (exponent ≤ 1.1, over all sizes and "
        + "between the two largest)", measured, verdict);
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
    md.append("## 3. Maven plugin, no-op build\n\n");
    md.append("`benchmarks/plugin-noop`: the four flagship specs through `specgen-maven-plugin`. ")
        .append("One `mvn generate-sources` generates; then each further build finds nothing ")
        .append("changed. The plugin's own time is the one it logs (`... up to date, nothing written ")
        .append("(N ms)`).\n\n");
    if (plugin.pending().isPresent()) {
      md.append("Pending: ").append(plugin.pending().get()).append("\n\n");
      target("Plugin no-op < 50 ms", "pending: " + plugin.pending().get(), "pending");
      return;
    }
    double median = Stats.median(plugin.pluginMillis());
    md.append("| builds | plugin's own time, median ms | all plugin times ms | whole `mvn generate-sources`, median ms |\n")
        .append("|---:|---:|---|---:|\n")
        .append("| ").append(plugin.pluginMillis().size()).append(" | ").append(fmt(median)).append(" | ")
        .append(plugin.pluginMillis().stream().map(d -> String.format("%.0f", d)).toList())
        .append(" | ").append(fmt(Stats.median(plugin.mavenMillis()))).append(" |\n\n");
    target("Plugin no-op < 50 ms", fmt(median) + " ms (median of " + plugin.pluginMillis().size() + ")",
        met(median < 50));
  }

  // ---- 4. Code size ----------------------------------------------------------------------------

  private void size(StringBuilder md) {
    md.append("## 4. Generated code size\n\n");
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
      Cell s = e.getValue().get(Tool.SPECGEN_NO_DOCS);
      Cell o = e.getValue().get(Tool.OPENAPI_GENERATOR);
      if (s.lastOutput == null || o.lastOutput == null) {
        md.append("| ").append(e.getKey().name()).append(" | – | – | – | – | not generated |\n");
        complete &= !e.getKey().flagship();
        continue;
      }
      CodeSize sg = CodeSize.of(ColdGeneration.mainSources(Tool.SPECGEN_NO_DOCS, s.lastOutput));
      CodeSize oag = CodeSize.of(ColdGeneration.mainSources(Tool.OPENAPI_GENERATOR, o.lastOutput));
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
      double share = 100.0 * flagshipSpecgen.lines() / flagshipOag.lines();
      double withRuntime = 100.0 * (flagshipSpecgen.lines() + runtimeSize.lines()) / flagshipOag.lines();
      md.append(String.format("With the runtime counted once, the four flagship clients are %.0f%% of "
          + "openapi-generator's lines.%n%n", withRuntime));
      target("Generated main code ≤ 25% of openapi-generator's lines (four flagship specs)",
          String.format("%.1f%% (%,d vs %,d lines)", share, flagshipSpecgen.lines(), flagshipOag.lines()),
          met(share <= 25));
    } else {
      target("Generated main code ≤ 25% of openapi-generator's lines", "not measured", "pending");
    }
  }

  private static String sizeRow(String name, CodeSize sg, CodeSize oag) {
    return String.format("| %s | %d | %,d (%,d) | %d | %,d (%,d) | %s |%n", name, sg.files(), sg.lines(),
        sg.codeLines(), oag.files(), oag.lines(), oag.codeLines(),
        oag.lines() == 0 ? "–" : String.format("%.1f%%", 100.0 * sg.lines() / oag.lines()));
  }

  // ---- 5. Client overhead ----------------------------------------------------------------------

  private void client(StringBuilder md) {
    md.append("## 5. Client overhead (JMH)\n\n");
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
      target("Decoding ≤ 1.2× plain Jackson", "pending (generated Front models not built)", "pending");
      target("Per-call overhead ≤ 1.1× raw java.net.http", "pending (generated Front client not built)",
          "pending");
      return;
    }
    OptionalDouble decode = ratio(score("decodeGenerated"), score("decodePlainJackson"));
    OptionalDouble call = ratio(score("callGeneratedClient"), score("callRawHttpDecoded"));
    OptionalDouble callBytes = ratio(score("callGeneratedClient"), score("callRawHttpBytes"));
    md.append("Ratios (generated over baseline; lower is better for Specgen): decoding ")
        .append(x(decode)).append("; per call ").append(x(call)).append(" against raw + Jackson, ")
        .append(x(callBytes)).append(" against raw bytes only.\n\n");
    target("Decoding ≤ 1.2× plain Jackson", x(decode), decode.isPresent() ? met(decode.getAsDouble() <= 1.2) : "pending");
    target("Per-call overhead ≤ 1.1× raw java.net.http (same decoding)",
        x(call) + " (" + x(callBytes) + " vs raw without decoding)",
        call.isPresent() ? met(call.getAsDouble() <= 1.1) : "pending");
  }

  private OptionalDouble score(String name) {
    Score s = client.get(name);
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s.score());
  }

  // ---- 6. Heap to decode a large page ----------------------------------------------------------

  private void heap(StringBuilder md) {
    md.append("## 6. Heap to fetch and decode a large page\n\n");
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
      target("Heap to decode a 50 MB page ≤ raw java.net.http + Jackson + 10%", "not measured", "pending");
      return;
    }
    double ratio = (double) specgen.minHeapMb() / raw.minHeapMb();
    target("Heap to decode a 50 MB page ≤ raw java.net.http + Jackson + 10%",
        specgen.minHeapMb() + " MB " + specgen.side() + " vs " + raw.minHeapMb() + " MB raw (" + fmt(ratio) + "×)",
        met(ratio <= 1.1));
  }

  // ---- Profiles --------------------------------------------------------------------------------

  private void profiles(StringBuilder md) {
    md.append("## Where Specgen's cold time goes (JFR)\n\n");
    if (profiles.isEmpty()) {
      md.append("No profile was taken.\n\n");
      return;
    }
    md.append("One extra cold `--no-docs` run per spec below with `").append("-XX:StartFlightRecording")
        .append("` (profile settings). Shares of the execution samples: by the method on top of the ")
        .append("stack, and by the nearest Specgen method on the stack.\n\n");
    for (ProfileEntry p : profiles) {
      md.append(String.format("### %s (%,.0f ms with JFR, %d samples)%n%n", p.spec(), p.wallMillis(),
          p.profile().samples()));
      profileTable(md, p.profile());
    }
    if (!clientProfiles.isEmpty()) {
      md.append("## Where the generated client's time goes (JFR)\n\n");
      md.append("One JMH fork per method with JFR (3 s warm-up, then measured). \"Nearest Specgen ")
          .append("frame\" includes the generated code (`dev.specgen.bench.generated.front`), the ")
          .append("runtime (`dev.specgen.runtime`) and the benchmark method itself.\n\n");
      clientProfiles.forEach((method, p) -> {
        md.append(String.format("### %s (%d samples)%n%n", method, p.samples()));
        profileTable(md, p);
      });
    }
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

  private void target(String what, String measured, String verdict) {
    targets.add(new String[] {what, measured, verdict});
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static OptionalDouble ratio(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() && b.getAsDouble() > 0
        ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble()) : OptionalDouble.empty();
  }

  private static String x(OptionalDouble ratio) {
    return ratio.isPresent() ? String.format("%.2f×", ratio.getAsDouble()) : "–";
  }

  private static String num(OptionalDouble d) {
    return d.isPresent() ? String.format("%.0f", d.getAsDouble()) : "–";
  }

  private static String fmt(double d) {
    return d >= 100 ? String.format("%,.0f", d) : d >= 10 ? String.format("%.1f", d) : String.format("%.2f", d);
  }
}
