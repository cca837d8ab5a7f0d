package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.SpecInput;
import dev.specgen.maven.IncrementalGenerator.Generated;
import dev.specgen.maven.IncrementalGenerator.Outcome;
import dev.specgen.maven.IncrementalGenerator.UpToDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run regenerates only the specs that changed and removes what a dropped spec wrote; every
 * other file keeps its modification time.
 */
class IncrementalGeneratorTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir
  Path project;

  private Path spec(String name, String property) throws IOException {
    Path file = project.resolve("specs/" + name + ".yaml");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, """
        openapi: 3.1.0
        info: {title: %s, version: '1'}
        paths: {}
        components:
          schemas:
            Item:
              type: object
              properties:
                %s: {type: string}
        """.formatted(name, property));
  }

  private GeneratorOptions options(List<String> names) {
    List<SpecInput> specs = names.stream()
        .map(n -> new SpecInput(project.resolve("specs/" + n + ".yaml"), "com.acme." + n)).toList();
    return GeneratorOptions.sourcesOnly(specs, project.resolve("out"))
        .withDocs(project.resolve("docs"));
  }

  private Outcome run(List<String> names) throws IOException {
    GeneratorOptions options = options(names);
    BuildFingerprint fingerprint = new BuildFingerprint(
        project.resolve("target/specgen-state/default.properties"), project,
        List.of("plugin test", "sources out", "docs docs"));
    return new IncrementalGenerator(fingerprint, Diagnostic::toString).run(options);
  }

  /** Every generated file, its time set far back so that a rewrite shows. */
  private Map<Path, FileTime> ageOutputs() throws IOException {
    Map<Path, FileTime> times = new TreeMap<>();
    for (Path root : List.of(project.resolve("out"), project.resolve("docs"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.setLastModifiedTime(file, LONG_AGO);
          times.put(project.relativize(file), LONG_AGO);
        }
      }
    }
    return times;
  }

  @Test
  void onlyTheChangedSpecIsWrittenAgain() throws IOException {
    for (String name : List.of("alpha", "beta", "gamma")) {
      spec(name, "id");
    }
    assertThat(run(List.of("alpha", "beta", "gamma"))).isInstanceOf(Generated.class);
    Map<Path, FileTime> before = ageOutputs();
    Map<Path, String> contentBefore = contents(before.keySet());
    spec("beta", "code");

    Generated second = (Generated) run(List.of("alpha", "beta", "gamma"));

    assertThat(second.upToDate()).isEqualTo(2);
    assertThat(second.result().orElseThrow().specs()).extracting(r -> r.input().packageName())
        .containsExactly("com.acme.beta");
    // Other specs' files are not touched; beta's folders are written anew (with a new marker),
    // files whose text changed rewritten, the others kept as they were (the writer links them).
    Map<Path, String> contentAfter = contents(before.keySet());
    before.forEach((file, time) -> {
      boolean rewritten = file.toString().contains("beta")
          && (file.endsWith(OutputWriter.MARKER) || !Objects.equals(contentAfter.get(file), contentBefore.get(file)));
      assertThat(Files.exists(project.resolve(file)) ? timeOf(project.resolve(file)) : null)
          .as(file.toString()).matches(t -> rewritten ? t == null || !t.equals(LONG_AGO) : t.equals(LONG_AGO));
    });
    assertThat(before.keySet()).as("beta's model changed")
        .anyMatch(f -> f.toString().contains("beta") && !Objects.equals(contentAfter.get(f), contentBefore.get(f)));
    assertThat(run(List.of("alpha", "beta", "gamma"))).isInstanceOf(UpToDate.class);
  }

  @Test
  void oneChangedSpecOfFiftyIsTheOnlyOneGeneratedAndTheNoOpRunIsQuick() throws IOException {
    List<String> names = IntStream.range(0, 50).mapToObj(i -> "svc" + i).toList();
    for (String name : names) {
      spec(name, "id");
    }
    assertThat(run(names)).isInstanceOf(Generated.class);
    spec("svc17", "code");

    Generated second = (Generated) run(names);

    assertThat(second.upToDate()).isEqualTo(49);
    assertThat(second.result().orElseThrow().specs()).extracting(r -> r.input().packageName())
        .containsExactly("com.acme.svc17");
    long[] millis = new long[5];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      assertThat(run(names)).isInstanceOf(UpToDate.class);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    // The budget is 50 ms on a quiet machine; the bound leaves room for a loaded build machine.
    assertThat(millis[2]).as("median no-op run of 50 specs, ms").isLessThan(250);
  }

  @Test
  void aDroppedSpecLosesItsFoldersAndTheOthersAreUntouched() throws IOException {
    for (String name : List.of("alpha", "beta")) {
      spec(name, "id");
    }
    run(List.of("alpha", "beta"));
    Map<Path, FileTime> before = ageOutputs();

    Generated second = (Generated) run(List.of("alpha"));

    assertThat(second.result()).isEmpty();
    assertThat(second.staleRemoved()).containsExactlyInAnyOrder(
        project.resolve("out/com/acme/beta"), project.resolve("docs/beta"));
    assertThat(project.resolve("out/com/acme/beta")).doesNotExist();
    before.keySet().stream().filter(f -> f.toString().contains("alpha"))
        .forEach(f -> assertThat(timeOf(project.resolve(f))).isEqualTo(LONG_AGO));
    assertThat(run(List.of("alpha"))).isInstanceOf(UpToDate.class);
  }

  /** The text of each file that exists, by its path relative to the project. */
  private Map<Path, String> contents(Set<Path> files) throws IOException {
    Map<Path, String> texts = new TreeMap<>();
    for (Path file : files) {
      Path absolute = project.resolve(file);
      if (Files.exists(absolute)) {
        texts.put(file, Files.readString(absolute));
      }
    }
    return texts;
  }

  private static FileTime timeOf(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
