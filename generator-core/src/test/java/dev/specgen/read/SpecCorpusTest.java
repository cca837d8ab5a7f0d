package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.OutputPaths;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of small specs in {@code src/test/resources/corpus}: OpenAPI 3.0 and 3.1 features,
 * defects whose intent is clear ({@code accept-*}) and defects that must be refused
 * ({@code refuse-*}). Every spec is loaded; none may crash, each must be accepted or refused as
 * its name says, and the code of all accepted specs must compile (in one compiler run) with a
 * method for every operation.
 */
class SpecCorpusTest {

  @TempDir Path out;

  private record Outcome(Path spec, LoadResult result, Throwable crash) {}

  @Test
  void everySpecIsAcceptedOrRefusedAsItsNameSaysAndAcceptedOnesCompile() throws Exception {
    List<Outcome> outcomes = corpus().stream().map(SpecCorpusTest::load).toList();
    List<Outcome> crashed = outcomes.stream().filter(o -> o.crash() != null).toList();
    List<Outcome> accepted = outcomes.stream().filter(o -> o.crash() == null && o.result().succeeded()).toList();
    System.out.printf("spec corpus: %d specs, %d accepted, %d refused, %d crashed%n", outcomes.size(),
        accepted.size(), outcomes.size() - accepted.size() - crashed.size(), crashed.size());
    assertThat(crashed).as("crashed").isEmpty();
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40);
    for (Outcome outcome : outcomes) {
      boolean meantToLoad = outcome.spec().getFileName().toString().startsWith("accept-");
      assertThat(outcome.result().succeeded())
          .as("%s:%n%s", outcome.spec().getFileName(), outcome.result().diagnostics())
          .isEqualTo(meantToLoad);
      assertThat(outcome.result().diagnostics().all()).as("every diagnostic is located")
          .allSatisfy(d -> assertThat(d.location().file()).isNotNull());
    }
    List<Path> acceptedSpecs = accepted.stream().map(Outcome::spec).toList();
    InMemoryCompiler.Compilation compilation =
        SpecgenTestKit.generateAndCompile(acceptedSpecs, out, LoadOptions.defaults()).assertSucceeded();
    assertEveryOperationHasAMethod(accepted, SpecgenTestKit.javaSources(out.resolve("java")));
    assertThat(compilation.classes()).isNotEmpty();
  }

  private static Outcome load(Path spec) {
    try {
      return new Outcome(spec, SpecLoader.load(spec), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(spec, null, e);
    }
  }

  /** Each operation of an accepted spec is a method of the client generated in its package. */
  private static void assertEveryOperationHasAMethod(List<Outcome> accepted, Map<String, String> sources) {
    List<SpecInput> packages = PackageNames.assign(accepted.stream().map(Outcome::spec).toList(),
        Optional.of(SpecgenTestKit.CORPUS_PACKAGE));
    for (int i = 0; i < accepted.size(); i++) {
      Outcome outcome = accepted.get(i);
      ApiModel model = outcome.result().model().orElseThrow();
      String folder = OutputPaths.packageFolder(packages.get(i).packageName()) + "/";
      String code = String.join("\n", sources.entrySet().stream()
          .filter(e -> e.getKey().startsWith(folder)).map(Map.Entry::getValue).toList());
      for (Operation operation : model.operations()) {
        assertThat(code).as("%s: method of %s", outcome.spec().getFileName(), operation.operationId())
            .contains(" " + operation.javaName() + "(");
      }
    }
  }

  private static List<Path> corpus() throws IOException, URISyntaxException {
    Path folder = Path.of(Objects.requireNonNull(SpecCorpusTest.class.getResource("/corpus")).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
    }
  }
}
