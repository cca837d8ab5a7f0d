package dev.specgen.bench.scale;

import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.scale.ScaleBenchmark.Build;
import dev.specgen.bench.scale.ScaleBenchmark.ToolRun;
import dev.specgen.bench.scale.ScaleProject.Tool;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scale scenario's section of the results: one row per build, the ratio per row. */
final class ScaleReport {

  private ScaleReport() {}

  static String markdown(Map<Tool, ToolRun> runs, int modules, int perModule, String goal,
      List<String> machine) {
    StringBuilder md = new StringBuilder("## Scale: ").append(modules * perModule)
        .append(" specs in ").append(modules).append(" modules\n\n");
    int operations = runs.values().stream().mapToInt(ToolRun::operations).max().orElse(0);
    md.append("`benchmarks/run-scale.sh`: a generated multi-module project, ").append(modules)
        .append(" modules of ").append(perModule).append(" synthetic specs (10 to 50 operations each, ")
        .append(operations).append(" in all), built with `mvn ").append(goal)
        .append("` (one JVM, no `-T`) once with Specgen's plugin and once with ")
        .append("openapi-generator-maven-plugin (one execution per spec, `skipIfSpecIsUnchanged=true`, ")
        .append("`-g java --library native`). Wall time of the whole Maven build, one run each; ")
        .append("ratio = openapi-generator's time over Specgen's.\n\n");
    machine.forEach(line -> md.append(line).append('\n'));
    md.append("\n| build | Specgen s | openapi-generator s | ratio |\n|---|---:|---:|---:|\n");
    for (Build build : Build.values()) {
      Measurement specgen = measured(runs, Tool.SPECGEN, build);
      Measurement oag = measured(runs, Tool.OPENAPI_GENERATOR, build);
      md.append("| ").append(build.label.replace("GOAL", goal)).append(" | ")
          .append(seconds(specgen)).append(" | ").append(seconds(oag)).append(" | ")
          .append(ratio(oag, specgen)).append(" |\n");
    }
    runs.forEach((tool, run) -> run.failure().ifPresent(f ->
        md.append("\n").append(tool.folder).append(" stopped: ").append(f).append('\n')));
    return md.toString();
  }

  private static Measurement measured(Map<Tool, ToolRun> runs, Tool tool, Build build) {
    ToolRun run = runs.get(tool);
    return run == null ? null : run.builds().get(build);
  }

  static String seconds(Measurement m) {
    if (m == null || !m.ok()) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f", m.millis() / 1000);
  }

  static String ratio(Measurement numerator, Measurement denominator) {
    if (numerator == null || denominator == null || !numerator.ok() || !denominator.ok()) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f×", numerator.millis() / denominator.millis());
  }
}
