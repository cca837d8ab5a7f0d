package dev.specgen.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.scale.ScaleBenchmark.Build;
import dev.specgen.bench.scale.ScaleBenchmark.ToolRun;
import dev.specgen.bench.scale.ScaleProject.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale scenario's project and report, checked without running Maven. */
class ScaleProjectTest {

  private static final Map<String, String> VERSIONS = Map.of("specgen.version", "0.1.0-SNAPSHOT",
      "openapi-generator.version", "7.25.0", "build-cache-extension.version", "1.2.0");

  @TempDir
  Path dir;

  @Test
  void specsHaveTenToFiftyOperationsAndBothToolsGetTheSameSpecs() throws IOException {
    assertThat(IntStream.range(0, 100).map(ScaleProject::operationsOf).boxed().toList())
        .allMatch(ops -> ops >= 10 && ops <= 50).contains(10, 50);
    ScaleProject project = new ScaleProject(2, 3, VERSIONS);
    int specgenOps = project.write(dir.resolve("a"), Tool.SPECGEN);
    int oagOps = project.write(dir.resolve("b"), Tool.OPENAPI_GENERATOR);

    assertThat(specgenOps).isEqualTo(oagOps).isEqualTo(IntStream.range(0, 6)
        .map(ScaleProject::operationsOf).sum());
    String spec = ScaleProject.specPath(1, 2);
    assertThat(Files.readString(dir.resolve("a").resolve(spec)))
        .isEqualTo(Files.readString(dir.resolve("b").resolve(spec)));
  }

  @Test
  void thePomsUseEachToolOncePerModuleOrOncePerSpec() throws IOException {
    ScaleProject project = new ScaleProject(2, 3, VERSIONS);
    project.write(dir.resolve("a"), Tool.SPECGEN);
    project.write(dir.resolve("b"), Tool.OPENAPI_GENERATOR);

    String specgen = Files.readString(dir.resolve("a/svc-01/pom.xml"));
    assertThat(specgen).contains("<artifactId>specgen-maven-plugin</artifactId>",
        "<packageName>bench.svc01</packageName>");
    String oag = Files.readString(dir.resolve("b/svc-01/pom.xml"));
    assertThat(oag.split("<skipIfSpecIsUnchanged>true</skipIfSpecIsUnchanged>")).hasSize(4);
    assertThat(oag).contains("<inputSpec>${project.basedir}/src/main/specs/s02.json</inputSpec>");
    assertThat(Files.readString(dir.resolve("a/pom.xml"))).contains(
        "<module>svc-00</module>", "<specgen.version>0.1.0-SNAPSHOT</specgen.version>");
    assertThat(Files.readString(dir.resolve("a/.mvn/extensions.xml"))).contains("<version>1.2.0</version>");
  }

  @Test
  void changingOneSpecEditsOnlyItsTitle() throws IOException {
    ScaleProject project = new ScaleProject(4, 6, VERSIONS);
    project.write(dir, Tool.SPECGEN);
    assertThat(project.changedSpec()).isEqualTo(ScaleProject.specPath(3, 5));
    assertThat(new ScaleProject(2, 2, VERSIONS).changedSpec()).isEqualTo(ScaleProject.specPath(1, 1));
    Path spec = dir.resolve(project.changedSpec());
    String before = Files.readString(spec);

    ScaleBenchmark.changeOneSpec(dir, project.changedSpec());

    String after = Files.readString(spec);
    assertThat(after).isNotEqualTo(before).contains("\"Changed ");
    assertThat(after.replace("Changed ", "")).isEqualTo(before);
  }

  @Test
  void theReportHasOneRowPerBuildWithTheRatio() {
    Map<Build, Measurement> specgen = new EnumMap<>(Build.class);
    Map<Build, Measurement> oag = new EnumMap<>(Build.class);
    for (Build build : Build.values()) {
      specgen.put(build, new Measurement(2_000_000_000L, -1, 0, ""));
      oag.put(build, new Measurement(9_000_000_000L, -1, 0, ""));
    }
    oag.put(Build.WARM_CACHE, new Measurement(1, -1, 1, ""));
    String md = ScaleReport.markdown(Map.of(
        Tool.SPECGEN, new ToolRun(specgen, Optional.empty(), 300),
        Tool.OPENAPI_GENERATOR, new ToolRun(oag, Optional.of("WARM_CACHE failed"), 300)),
        2, 3, "compile", List.of("- CPU: test"));

    assertThat(md).contains("| first build (`clean compile`, cache off) | 2.0 | 9.0 | 4.5× |",
        "| clean build, warm build cache (`clean compile`) | 2.0 | – | – |",
        "openapi-generator stopped: WARM_CACHE failed", "- CPU: test");
  }
}
