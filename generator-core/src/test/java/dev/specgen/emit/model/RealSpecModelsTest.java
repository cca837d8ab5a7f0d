package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.TypeDef;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every schema of the providers' published specs (kept unchanged in the shared {@code
 * real-specs} folder) generates a model, and all of a spec's models compile together, in one
 * compiler run, without a warning. Prints how many types and files were generated and how many
 * warnings the reader issued.
 */
class RealSpecModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"chatwoot/swagger.json", "highlevel/apps/conversations.json", "highlevel/apps/contacts.json"})
  void everySchemaGeneratesAModelThatCompiles(String specPath) {
    Path realSpecs = SpecgenTestKit.realSpecs();
    Path spec = realSpecs.resolve(specPath);
    LoadResult result = SpecgenTestKit.load(spec, LoadOptions.defaults().withRefRoot(realSpecs));
    ApiModel model = result.model().orElseThrow();

    List<GeneratedFile> files = SpecgenTestKit.sources(model, "dev.specgen.real." + packageSegment(specPath), false);
    Set<String> fileNames = files.stream()
        .map(f -> f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1))
        .collect(Collectors.toSet());
    for (TypeDef type : model.types()) {
      assertThat(fileNames).as("a file for %s", type.name()).contains(type.name() + ".java");
    }
    long started = System.nanoTime();
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.create().compileFiles(files).assertSucceeded();
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(compilation.warnings()).as("javac -Xlint:all warnings").isEmpty();

    System.out.printf("%s: %d types (%d records, %d enums, %d unions), %d files, %d reader warnings,"
            + " compiled in %d ms%n",
        specPath, model.types().size(), count(model, TypeDef.ObjectType.class),
        count(model, TypeDef.EnumType.class), count(model, TypeDef.UnionType.class), files.size(),
        result.diagnostics().warningCount(), millis);
  }

  private static long count(ApiModel model, Class<? extends TypeDef> kind) {
    return model.types().stream().filter(kind::isInstance).count();
  }

  private static String packageSegment(String specPath) {
    return specPath.replaceAll("\\.json$", "").replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(java.util.Locale.ROOT);
  }
}
