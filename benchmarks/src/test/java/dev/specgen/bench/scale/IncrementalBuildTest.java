package dev.specgen.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.bench.ProcessRunner.Measurement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-spec-change project and how its second build is read, checked without running Maven. */
class IncrementalBuildTest {

  @TempDir
  Path dir;

  @Test
  void projectHasOneExecutionOverEverySpec() throws Exception {
    Path module = IncrementalBuild.writeProject(dir, 3, "9.9-SNAPSHOT");

    assertThat(module).isEqualTo(dir.resolve("app"));
    assertThat(Files.readString(dir.resolve("pom.xml"))).contains("<module>app</module>",
        "<specgen.version>9.9-SNAPSHOT</specgen.version>");
    String pom = Files.readString(module.resolve("pom.xml"));
    assertThat(pom).contains("<artifactId>specgen-maven-plugin</artifactId>",
        "<packageName>bench.many</packageName>", "<artifactId>specgen-runtime</artifactId>");
    assertThat(pom.split("<execution>", -1)).hasSize(2);
    try (var specs = Files.list(module.resolve("src/main/specs"))) {
      assertThat(specs.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("s00.json", "s01.json", "s02.json");
    }
    assertThat(IntStream.range(0, 50).map(IncrementalBuild::operationsOf).boxed().toList())
        .allMatch(ops -> ops >= 10 && ops <= 20).contains(10, 20);
  }

  @Test
  void changedFilesAreFoundAndAttributedToTheirSpec() throws Exception {
    Path target = dir.resolve("target");
    Files.createDirectories(target.resolve("generated-sources/specgen/bench/many/s01"));
    Files.createDirectories(target.resolve("specgen-state"));
    Path kept = Files.writeString(target.resolve("generated-sources/specgen/bench/many/s01/A.java"), "a");
    Files.writeString(target.resolve("specgen-state/default.properties"), "x");
    Map<Path, String> before = IncrementalBuild.stamps(target);
    assertThat(before).containsOnlyKeys(target.relativize(kept));

    Files.createDirectories(target.resolve("generated-docs/specgen/s07"));
    Files.writeString(target.resolve("generated-docs/specgen/s07/index.md"), "new");
    Files.writeString(target.resolve("specgen-state/default.properties"), "changed");
    Set<Path> changed = IncrementalBuild.changed(before, IncrementalBuild.stamps(target));

    assertThat(changed).containsExactly(Path.of("generated-docs/specgen/s07/index.md"));
    assertThat(IncrementalBuild.specsOf(Set.of(Path.of("a/s07/B.java"), Path.of("docs/s07.md"),
        Path.of("x/Shared.java")), 10)).containsExactly("(shared: Shared.java)", "s07");
    assertThat(IncrementalBuild.changed(Map.of(Path.of("gone"), "1/1"), Map.of()))
        .containsExactly(Path.of("gone"));
  }

  @Test
  void secondBuildIsReadFromThePluginLog() {
    Measurement build = new Measurement(3_000_000_000L, 1, 0, """
        [INFO] Specgen: 1 spec, 15 operations, 14 types, 88 files, 1 warnings in 2178 ms
        [INFO] Specgen: 49 spec(s) up to date, left as they were
        """);
    IncrementalBuild.Result result = IncrementalBuild.fromLog(50,
        build, Set.of(Path.of("generated-sources/specgen/bench/many/s07/A.java")));

    assertThat(result.loggedRegenerated()).hasValue(1);
    assertThat(result.loggedUpToDate()).hasValue(49);
    assertThat(result.pluginMillis()).isEqualTo(2178);
    assertThat(result.specsWithChangedFiles()).containsExactly("s07");
    assertThat(result.onlyTheChangedSpec()).isTrue();
    assertThat(IncrementalBuild.fromLog(50, build, Set.of(Path.of("x/s08/A.java"))).onlyTheChangedSpec())
        .isFalse();
  }
}
