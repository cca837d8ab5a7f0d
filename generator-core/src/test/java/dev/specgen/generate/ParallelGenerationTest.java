package dev.specgen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.diag.Diagnostic;
import dev.specgen.load.LoaderLimits;
import dev.specgen.load.SharedDocuments;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several specs of one run are generated in parallel, yet the run's output and reports are the
 * ones a sequential run gives, and a fragment that several specs {@code $ref} is read once.
 */
class ParallelGenerationTest {

  private static final String FRAGMENT = """
      components:
        schemas:
          Pet:
            type: object
            properties:
              name: {type: string}
      """;

  @TempDir
  Path temp;

  /** Spec {@code name} with one operation returning the shared fragment's Pet. */
  private Path spec(String name) throws IOException {
    Path file = temp.resolve("specs/" + name + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        openapi: 3.1.0
        info: {title: %s, version: '1'}
        paths:
          /%s:
            get:
              operationId: get%s
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: 'common/pet.yaml#/components/schemas/Pet'}
        """.formatted(name, name, name));
    return file;
  }

  private List<SpecInput> specs(int count) throws IOException {
    Path fragment = temp.resolve("specs/common/pet.yaml");
    Files.createDirectories(fragment.getParent());
    Files.writeString(fragment, FRAGMENT);
    List<SpecInput> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      inputs.add(new SpecInput(spec("svc" + i), "com.acme.svc" + i));
    }
    return inputs;
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  @Test
  void aFragmentReferencedByEverySpecIsReadOnce() throws IOException {
    List<SpecInput> inputs = specs(5);
    SharedDocuments shared = new SharedDocuments(LoaderLimits.DEFAULTS);
    SpecLoader loader = new SpecLoader(LoadOptions.defaults(), shared);
    for (SpecInput input : inputs) {
      LoadResult result = loader.loadFile(input.spec());
      assertThat(result.diagnostics().all()).isEmpty();
      // Each spec's closure still names the fragment: incremental builds fingerprint it per spec.
      assertThat(result.files()).contains(temp.resolve("specs/common/pet.yaml").normalize());
    }
    assertThat(shared.filesRead()).isEqualTo(1);
  }

  @Test
  void aBrokenSharedFragmentIsReportedToEverySpecThatReferencesIt() throws IOException {
    List<SpecInput> inputs = specs(2);
    Files.writeString(temp.resolve("specs/common/pet.yaml"), "components: [unclosed\n");
    SpecLoader loader = new SpecLoader(LoadOptions.defaults(),
        new SharedDocuments(LoaderLimits.DEFAULTS));
    List<String> first = loader.loadFile(inputs.get(0).spec()).diagnostics().errors().stream()
        .map(Diagnostic::message).toList();
    List<String> second = loader.loadFile(inputs.get(1).spec()).diagnostics().errors().stream()
        .map(Diagnostic::message).toList();
    assertThat(first).isNotEmpty().isEqualTo(second);
  }

  @Test
  void parallelRunsWriteWhatASequentialRunWritesAndReportInSpecOrder() throws IOException {
    List<SpecInput> inputs = specs(8);
    Path parallelOut = temp.resolve("parallel");
    GenerationResult parallel = new Generator().generate(
        GeneratorOptions.sourcesOnly(inputs, parallelOut).withDocs(temp.resolve("docs")));
    assertThat(parallel.hasErrors()).isFalse();
    assertThat(parallel.specs().stream().map(SpecReport::input).toList()).isEqualTo(inputs);

    Path sequentialOut = temp.resolve("sequential");
    for (SpecInput input : inputs) {
      new Generator().generate(GeneratorOptions.sourcesOnly(List.of(input), sequentialOut));
    }
    assertThat(tree(parallelOut)).isEqualTo(tree(sequentialOut)).hasSizeGreaterThan(8);
  }

  @Test
  void workersKeepItemOrderAndUseSeveralThreads() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    List<Integer> squares = new RunWorkers(4).map(items, i -> {
      threads.add(Thread.currentThread().getName());
      sleep(40 - i); // the early items finish last
      return i * i;
    });
    assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
    assertThat(threads).hasSizeBetween(2, 4).allMatch(name -> name.startsWith("specgen-"));
  }

  @Test
  void aTaskFailureIsRethrownAsItself() {
    assertThatThrownBy(() -> new RunWorkers(3).map(List.of(1, 2, 3), i -> {
      if (i == 2) {
        throw new OutputWriter.OutputException("cannot write spec " + i, null);
      }
      return i;
    })).isInstanceOf(OutputWriter.OutputException.class).hasMessage("cannot write spec 2");
  }

  @Test
  void theFirstFailureInItemOrderIsRethrownWhateverFinishesFirst() {
    assertThatThrownBy(() -> new RunWorkers(4).map(List.of(1, 2, 3, 4), i -> {
      if (i >= 2) {
        sleep(i == 2 ? 80 : 0); // item 2 fails last
        throw new IllegalStateException("item " + i);
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessage("item 2");
  }

  @Test
  void nestedMapsShareThePoolsThreads() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    RunWorkers workers = new RunWorkers(3);
    List<List<Integer>> nested = workers.map(List.of(0, 1, 2, 3), outer -> workers.map(
        IntStream.range(0, 10).boxed().toList(), inner -> {
          threads.add(Thread.currentThread().getName());
          sleep(2);
          return outer * 10 + inner;
        }));
    assertThat(nested.stream().flatMap(List::stream).toList())
        .isEqualTo(IntStream.range(0, 40).boxed().toList());
    assertThat(threads).hasSizeBetween(1, 3);
  }

  @Test
  void oneSpecWrittenOnAllCoresIsByteForByteWhatOneThreadWrites() throws IOException {
    List<SpecInput> inputs = List.of(new SpecInput(SpecgenTestKit.flagshipSpec("front.yaml"), "com.acme.front"));
    Path parallelOut = temp.resolve("parallel");
    Path sequentialOut = temp.resolve("sequential");
    GenerationResult parallel = new Generator(new RunWorkers(4)).generate(
        GeneratorOptions.sourcesOnly(inputs, parallelOut).withDocs(temp.resolve("docs-parallel")));
    GenerationResult sequential = new Generator(new RunWorkers(1)).generate(
        GeneratorOptions.sourcesOnly(inputs, sequentialOut).withDocs(temp.resolve("docs-sequential")));
    assertThat(parallel.filesWritten()).isEqualTo(sequential.filesWritten()).isGreaterThan(20);
    assertThat(tree(parallelOut)).isEqualTo(tree(sequentialOut));
    assertThat(tree(temp.resolve("docs-parallel"))).isEqualTo(tree(temp.resolve("docs-sequential")));
  }

  @Test
  void oneItemRunsOnTheCallingThread() {
    String caller = Thread.currentThread().getName();
    assertThat(new RunWorkers(4).map(List.of(1), i -> Thread.currentThread().getName()))
        .containsExactly(caller);
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
