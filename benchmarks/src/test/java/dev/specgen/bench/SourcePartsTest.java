package dev.specgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.bench.ColdGeneration.Case;
import dev.specgen.bench.ColdGeneration.Cell;
import dev.specgen.bench.ColdGeneration.Tool;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the report splits each tool's output into parts and Specgen's client into classes. */
class SourcePartsTest {

  @TempDir
  Path tmp;

  @Test
  void specgensOutputSplitsIntoModelsRequestRecordsAndClient() throws Exception {
    Path sources = generateSynthetic(10);

    List<SourceParts.Part> parts = SourceParts.of(Tool.SPECGEN_NO_DOCS, sources);

    assertThat(parts).extracting(SourceParts.Part::name)
        .containsExactly("models", "request records", "client and its exceptions");
    assertThat(parts.get(0).files()).allSatisfy(f -> assertThat(Files.readString(f))
        .contains("@Generated(\"dev.specgen.emit.model.ModelEmitter\")"));
    assertThat(parts.get(1).files()).hasSize(10)
        .allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith("Request.java"));
    assertThat(parts.get(2).files()).extracting(f -> f.getFileName().toString())
        .contains("SyntheticClient.java", "SyntheticApiException.java");
    int total = parts.stream().mapToInt(p -> p.files().size()).sum();
    assertThat(total).isEqualTo(CodeSize.javaFiles(sources).size());
    assertThat(SourceParts.modelSources(Tool.SPECGEN_NO_DOCS, sources)).isEqualTo(parts.get(0).files());
  }

  @Test
  void theClientSplitsIntoItsOwnLinesAndEachNestedClassWithNoLineLost() throws Exception {
    Path sources = generateSynthetic(10);

    Map<String, CodeSize> classes = SourceParts.clientClasses(sources);

    assertThat(classes).containsOnlyKeys("SyntheticClient", "SyntheticClient.WithRawResponse",
        "SyntheticClient.Async", "SyntheticClient.Builder");
    long lines = classes.values().stream().mapToLong(CodeSize::lines).sum();
    Path client = CodeSize.javaFiles(sources).stream()
        .filter(f -> f.getFileName().toString().equals("SyntheticClient.java")).findFirst().orElseThrow();
    assertThat(lines).isEqualTo(Files.readAllLines(client).size());
    assertThat(classes.get("SyntheticClient.Async").lines()).isGreaterThan(20);
  }

  @Test
  void aNestedClassClosedOnItsOwnLineEndsThere() {
    Map<String, CodeSize> classes = SourceParts.byNestedClass("C", List.of(
        "public final class C {",
        "    private static final class Empty {}",
        "",
        "    public final class View {",
        "        void m() {}",
        "    }",
        "    int x;",
        "}"));

    assertThat(classes.get("C").lines()).isEqualTo(4);
    assertThat(classes.get("C.Empty").lines()).isEqualTo(1);
    assertThat(classes.get("C.View").lines()).isEqualTo(3);
  }

  @Test
  void openapiGeneratorsOutputSplitsByFolder() throws Exception {
    Path root = tmp.resolve("oag/src/main/java/bench/x");
    Files.createDirectories(root.resolve("model"));
    Files.createDirectories(root.resolve("api"));
    Files.writeString(root.resolve("model/Item.java"), "package bench.x.model;\nclass Item {}\n");
    Files.writeString(root.resolve("model/Owner.java"), "package bench.x.model;\nclass Owner {}\n");
    Files.writeString(root.resolve("api/ItemsApi.java"), "package bench.x.api;\nclass ItemsApi {}\n");
    Files.writeString(root.resolve("JSON.java"), "package bench.x;\nclass JSON {}\n");
    Path sources = tmp.resolve("oag/src/main/java");

    List<SourceParts.Part> parts = SourceParts.of(Tool.OPENAPI_GENERATOR, sources);

    assertThat(parts).extracting(p -> p.files().size()).containsExactly(2, 1, 1);
    assertThat(SourceParts.modelSources(Tool.OPENAPI_GENERATOR, sources))
        .extracting(f -> f.getFileName().toString()).containsExactly("Item.java", "Owner.java", "JSON.java");
  }

  @Test
  void theSizeSectionShowsWhereTheLinesGo() throws Exception {
    generateSynthetic(10);
    Path oag = tmp.resolve("oag");
    Files.createDirectories(oag.resolve("src/main/java/bench/x/model"));
    Files.writeString(oag.resolve("src/main/java/bench/x/model/Item.java"),
        "package bench.x.model;\n\n/** An item. */\nclass Item {}\n");
    Report report = new Report(false, 1);
    report.referenceOps = 10;
    Map<Tool, Cell> cells = new LinkedHashMap<>();
    for (Tool tool : Tool.values()) {
      Cell cell = new Cell();
      cell.runs.add(new Measurement(1_000_000, 1000, 0, ""));
      cell.lastOutput = tool == Tool.OPENAPI_GENERATOR ? oag : tmp.resolve("specgen");
      cells.put(tool, cell);
    }
    report.cold = Map.of(new Case("synthetic 10 ops", tmp.resolve("spec"), 10, false), cells);

    String md = report.markdown();

    assertThat(md).contains("### Where the lines go",
        "| openapi-generator | models (`model/`) | 1 | 4 | 2 | 1 | 1 | 100.0% |",
        "| Specgen | request records | 10 |", "| `SyntheticClient.Async` |");
  }

  /** Specgen's sources for a synthetic spec, where a cold run's output folder keeps them. */
  private Path generateSynthetic(int operations) throws Exception {
    Path spec = SyntheticSpec.write(operations, tmp.resolve("ops-" + operations + ".json"));
    Path sources = ColdGeneration.mainSources(Tool.SPECGEN_NO_DOCS, tmp.resolve("specgen"));
    var result = new Generator().generate(GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "bench.x")), sources));
    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    return sources;
  }
}
