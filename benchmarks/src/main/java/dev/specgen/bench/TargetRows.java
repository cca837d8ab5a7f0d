package dev.specgen.bench;

import dev.specgen.bench.ColdGeneration.CappedRun;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.JmhRuns.GenerationPoint;
import dev.specgen.bench.Targets.Verdict;
import dev.specgen.bench.scale.IncrementalBuild;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Issue 15's targets, read from one run's {@link Report}: one row each, in the order. */
final class TargetRows {

  static final double SPEED_UP = 5;
  static final double WARM_MILLIS = 300;
  static final double EXPONENT = 1.05;
  static final double RSS_SHARE = 0.5;
  static final double LINES_SHARE = 0.4;
  static final double JAVAC_SHARE = 0.4;
  static final double DECODE = 1.0;
  static final double CALL = 1.2;
  static final double PLUGIN_NOOP_MILLIS = 50;
  static final String CHATWOOT_REAL = "chatwoot swagger.json (real)";

  private final Report r;
  private final Targets targets = new Targets();

  private TargetRows(Report r) {
    this.r = r;
  }

  /** The targets table of {@code report}. */
  static Targets of(Report report) {
    TargetRows rows = new TargetRows(report);
    rows.cold();
    rows.warm();
    rows.memory();
    rows.size();
    rows.javac();
    rows.client();
    rows.plugin();
    return rows.targets;
  }

  static String synthetic(int ops) {
    return "synthetic " + ops + " ops";
  }

  // ---- cold generation -------------------------------------------------------------------------

  private void cold() {
    String what = "Cold CLI generation ≥ 5× faster than openapi-generator: ";
    List<String> perSpec = new ArrayList<>();
    double slowest = Double.POSITIVE_INFINITY;
    boolean complete = true;
    for (String name : RunAll.FLAGSHIP) {
      OptionalDouble s = speedUp(name + ".yaml");
      complete &= s.isPresent();
      perSpec.add(name + " " + Report.x(s));
      slowest = s.isPresent() ? Math.min(slowest, s.getAsDouble()) : slowest;
    }
    targets.add(what + "the four flagship specs (slowest)",
        (complete ? "slowest " + String.format("%.2f×", slowest) + ": " : "")
            + String.join(", ", perSpec),
        complete ? Verdict.of(slowest >= SPEED_UP) : Verdict.PENDING, Report.PROFILE);
    coldRow(what + "real Chatwoot spec", CHATWOOT_REAL);
    coldRow(what + "synthetic 1,000 operations", synthetic(1000));
    coldRow(what + "synthetic 5,000 operations", synthetic(5000));
  }

  private void coldRow(String what, String spec) {
    OptionalDouble s = speedUp(spec);
    Optional<Map<Tool, Cell>> cells = r.coldOf(spec);
    String measured = s.isPresent()
        ? String.format("%.2f× (%s ms vs %s ms)", s.getAsDouble(),
            num(cells.get().get(Tool.SPECGEN_NO_DOCS).medianMillis()),
            num(cells.get().get(Tool.OPENAPI_GENERATOR).medianMillis()))
        : notMeasured(spec, cells);
    targets.add(what, measured, s.isPresent() ? Verdict.of(s.getAsDouble() >= SPEED_UP) : Verdict.PENDING,
        Report.PROFILE);
  }

  /** openapi-generator's median over Specgen --no-docs's. */
  private OptionalDouble speedUp(String spec) {
    return r.coldOf(spec).map(c -> Report.ratio(c.get(Tool.OPENAPI_GENERATOR).medianMillis(),
        c.get(Tool.SPECGEN_NO_DOCS).medianMillis())).orElse(OptionalDouble.empty());
  }

  private String notMeasured(String spec, Optional<Map<Tool, Cell>> cells) {
    if (cells.isEmpty()) {
      return "not run" + (r.quick ? " (--quick)" : "");
    }
    List<String> why = new ArrayList<>();
    cells.get().forEach((tool, cell) -> {
      if (cell.failure != null && tool != Tool.SPECGEN_DOCS) {
        why.add(tool.label + " " + cell.failure);
      }
    });
    return why.isEmpty() ? "not measured" : String.join("; ", why);
  }

  // ---- warm generation and scaling -------------------------------------------------------------

  private void warm() {
    Optional<GenerationPoint> point = r.generation.stream()
        .filter(p -> p.operations() == 1000 && !Double.isNaN(p.millis())).findFirst();
    targets.add("Warm in-process generation of 1,000 operations ≤ 300 ms (JMH)",
        point.map(p -> Report.fmt(p.millis()) + " ms" + (p.jmh().isPresent() ? "" : " (probe only)"))
            .orElse(r.quick ? "not run (--quick)" : "not measured"),
        point.map(p -> Verdict.of(p.millis() <= WARM_MILLIS)).orElse(Verdict.PENDING),
        r.warmProfile == null ? Report.PROFILE : Report.WARM_PROFILE);
    Optional<Report.Exponents> e = r.exponents();
    targets.add("Scaling exponent ≤ 1.05 (over all sizes, and between the two largest)",
        e.map(x -> String.format("%.2f over all sizes, %.2f between the two largest (to %,.0f ops)%s",
            x.all(), x.topTwo(), x.largest(), x.allSizes() ? "" : "; larger sizes not measured"))
            .orElse("not enough sizes measured"),
        e.map(x -> Verdict.of(Math.max(x.all(), x.topTwo()) <= EXPONENT && x.allSizes()))
            .orElse(Verdict.PENDING), Report.PROFILE);
  }

  // ---- memory ----------------------------------------------------------------------------------

  private void memory() {
    for (int ops : new int[] {1000, 5000}) {
      Optional<Map<Tool, Cell>> cells = r.coldOf(synthetic(ops));
      OptionalDouble share = cells.map(c -> Report.ratio(c.get(Tool.SPECGEN_NO_DOCS).medianRssMb(),
          c.get(Tool.OPENAPI_GENERATOR).medianRssMb())).orElse(OptionalDouble.empty());
      targets.add(String.format("Peak RSS ≤ 50%% of openapi-generator's, synthetic %,d operations", ops),
          share.isPresent() ? String.format("%.0f%% (%s MB vs %s MB)", 100 * share.getAsDouble(),
              num(cells.get().get(Tool.SPECGEN_NO_DOCS).medianRssMb()),
              num(cells.get().get(Tool.OPENAPI_GENERATOR).medianRssMb()))
              : notMeasured(synthetic(ops), cells),
          share.isPresent() ? Verdict.of(share.getAsDouble() <= RSS_SHARE) : Verdict.PENDING,
          Report.HISTOGRAM);
    }
    for (int ops : new int[] {1000, 5000}) {
      CappedRun run = r.capped.get(synthetic(ops));
      String what = String.format("Specgen runs with -Xmx = half of openapi-generator's peak RSS, "
          + "synthetic %,d operations", ops);
      if (run == null) {
        targets.add(what, r.quick ? "not run (--quick)" : "not measured (a side has no RSS)",
            Verdict.PENDING, Report.HISTOGRAM);
        continue;
      }
      targets.add(what, String.format("runs with -Xmx%dm: %s, %.0f ms, %d MB peak RSS", run.xmxMb(),
              run.succeeded() ? "yes" : "**no**", run.measurement().millis(),
              run.measurement().peakRssKb() / 1024),
          Verdict.of(run.succeeded()), Report.HISTOGRAM);
    }
  }

  // ---- code size and javac ---------------------------------------------------------------------

  private void size() {
    Optional<double[]> thousand = lines(List.of(synthetic(1000)));
    targets.add("Generated main code ≤ 40% of openapi-generator's lines, synthetic 1,000 operations",
        thousand.map(TargetRows::share).orElse(r.quick ? "not run (--quick)" : "not measured"),
        thousand.map(l -> Verdict.of(l[0] <= LINES_SHARE * l[1])).orElse(Verdict.PENDING),
        thousand.isPresent() && r.referenceOps == 1000 ? Report.LINES_BY_PART : Report.SIZE);
    Optional<double[]> flagship = lines(RunAll.FLAGSHIP.stream().map(n -> n + ".yaml").toList());
    targets.add("Generated main code ≤ 40% of openapi-generator's lines, four flagship specs",
        flagship.map(TargetRows::share).orElse("not measured"),
        flagship.map(l -> Verdict.of(l[0] <= LINES_SHARE * l[1])).orElse(Verdict.PENDING), Report.SIZE);
  }

  /** Specgen's and openapi-generator's lines summed over {@code specs}; empty if one is missing. */
  private Optional<double[]> lines(List<String> specs) {
    double[] sum = new double[2];
    for (String spec : specs) {
      Optional<Report.MainSources> sources = r.mainSourcesOf(spec);
      if (sources.isEmpty()) {
        return Optional.empty();
      }
      sum[0] += CodeSize.of(sources.get().specgen()).lines();
      sum[1] += CodeSize.of(sources.get().openapiGenerator()).lines();
    }
    return sum[1] > 0 ? Optional.of(sum) : Optional.empty();
  }

  private static String share(double[] lines) {
    return String.format("%.1f%% (%,.0f vs %,.0f lines)", 100 * lines[0] / lines[1], lines[0], lines[1]);
  }

  private void javac() {
    String what = String.format("javac time of the generated code ≤ 40%% of openapi-generator's, "
        + "synthetic %,d operations", r.referenceOps);
    JavacTiming.Result s = r.javacSpecgen;
    JavacTiming.Result o = r.javacOag;
    if (s == null || o == null || Double.isNaN(s.medianMillis()) || Double.isNaN(o.medianMillis())) {
      String why = s == null || o == null ? r.javacPending
          : s.failure().map(f -> "Specgen: " + f).orElse(o.failure().map(f -> "openapi-generator: " + f)
              .orElse("not measured"));
      targets.add(what, why, Verdict.PENDING, Report.JAVAC);
      return;
    }
    double share = s.medianMillis() / o.medianMillis();
    targets.add(what, String.format("%.0f%% (%.1f s vs %.1f s, median of %d; class files %.1f MB vs "
            + "%.1f MB)", 100 * share, s.medianMillis() / 1000, o.medianMillis() / 1000, s.runs().size(),
            s.classBytes() / 1048576.0, o.classBytes() / 1048576.0),
        Verdict.of(share <= JAVAC_SHARE), Report.JAVAC);
  }

  // ---- client and plugin -----------------------------------------------------------------------

  private void client() {
    String section = r.clientProfiles.isEmpty() ? Report.CLIENT : Report.CLIENT_PROFILE;
    clientRow("Decoding a 100-conversation Front page ≤ 1.0× plain Jackson",
        Report.ratio(r.score("decodeGenerated"), r.score("decodePlainJackson")), DECODE, section);
    clientRow("Per call ≤ 1.2× raw java.net.http + Jackson",
        Report.ratio(r.score("callGeneratedClient"), r.score("callRawHttpDecoded")), CALL, section);
  }

  private void clientRow(String what, OptionalDouble ratio, double limit, String section) {
    String measured = ratio.isPresent() ? Report.x(ratio)
        : r.clientPending != null ? "pending: " + r.clientPending : "not measured";
    targets.add(what, measured, ratio.isPresent() ? Verdict.of(ratio.getAsDouble() <= limit)
        : Verdict.PENDING, section);
  }

  private void plugin() {
    if (r.plugin.pending().isPresent()) {
      targets.add("Plugin no-op < 50 ms", "pending: " + r.plugin.pending().get(), Verdict.PENDING,
          Report.PLUGIN);
    } else {
      double median = Stats.median(r.plugin.pluginMillis());
      targets.add("Plugin no-op < 50 ms", Report.fmt(median) + " ms (median of "
          + r.plugin.pluginMillis().size() + ")", Verdict.of(median < PLUGIN_NOOP_MILLIS), Report.PLUGIN);
    }
    IncrementalBuild.Result inc = r.incremental;
    String what = "A one-spec change in a 50-spec project regenerates only that spec";
    if (inc == null || inc.failure().isPresent()) {
      targets.add(what, inc == null ? "not run" : "failed: " + inc.failure().get(), Verdict.PENDING,
          Report.INCREMENTAL);
      return;
    }
    targets.add(what, String.format("%s of %d specs regenerated (files changed: %s); build %s ms, "
            + "plugin %s ms", inc.loggedRegenerated().isPresent() ? inc.loggedRegenerated().getAsInt() : "?",
            inc.specs(), String.join(", ", inc.specsWithChangedFiles()),
            inc.build().map(m -> String.format("%.0f", m.millis())).orElse("?"),
            inc.pluginMillis() < 0 ? "?" : Long.toString(inc.pluginMillis())),
        Verdict.of(inc.onlyTheChangedSpec()), Report.INCREMENTAL);
  }

  private static String num(OptionalDouble d) {
    return d.isPresent() ? String.format("%,.0f", d.getAsDouble()) : "–";
  }
}
