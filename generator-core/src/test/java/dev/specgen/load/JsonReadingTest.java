package dev.specgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecFixture;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON is read by a JSON parser into the same located tree the YAML reader would build from the
 * same text: same values, same lines and columns, same pointers, same limits.
 */
class JsonReadingTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  @Test
  void publishedJsonSpecsGiveTheTreeTheYamlReaderGives() throws IOException {
    Path real = SpecgenTestKit.realSpecs();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(real)) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertSameTree(file, Files.readAllBytes(file));
    }
  }

  @Test
  void everyKindOfValueGivesTheTreeTheYamlReaderGives() {
    String json = "{\"s\": \"text \\u00e9\\t\\\"q\\\"\", \"i\": -12, \"big\": 123456789012345678901234567890,"
        + "\n  \"d\": 1.50, \"e\": 2E+3, \"t\": true, \"f\": false, \"n\": null,"
        + "\n  \"list\": [1, [\"a\", {}], []], \"map\": {\"k/~\": {\"x\": \"é\"}}, \"\": \"empty key\"}";
    assertSameTree(Path.of("values.json"), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void assertSameTree(Path file, byte[] bytes) {
    DocumentReader reader = new DocumentReader(LoaderLimits.DEFAULTS);
    Diagnostics jsonDiagnostics = new Diagnostics();
    Diagnostics yamlDiagnostics = new Diagnostics();
    Optional<Node> json = reader.parse(file, bytes, jsonDiagnostics);
    Optional<Node> yaml = reader.parseYaml(file, bytes, yamlDiagnostics);
    assertThat(jsonDiagnostics.all()).as("%s", file).isEqualTo(yamlDiagnostics.all());
    assertThat(json).as("%s", file).isPresent();
    assertSameNode(json.get(), yaml.orElseThrow());
  }

  private static void assertSameNode(Node json, Node yaml) {
    assertThat(json.location()).isEqualTo(yaml.location());
    assertThat(json.getClass()).as("%s", json.location()).isEqualTo(yaml.getClass());
    if (json instanceof ScalarNode scalar) {
      ScalarNode other = (ScalarNode) yaml;
      assertThat(scalar.value()).as("%s", json.location()).isEqualTo(other.value());
      assertThat(scalar.text()).as("%s", json.location()).isEqualTo(other.text());
    } else if (json instanceof ListNode list) {
      List<Node> others = ((ListNode) yaml).items();
      assertThat(list.items()).as("%s", json.location()).hasSameSizeAs(others);
      for (int i = 0; i < others.size(); i++) {
        assertSameNode(list.items().get(i), others.get(i));
      }
    } else {
      MapNode map = (MapNode) json;
      MapNode other = (MapNode) yaml;
      assertThat(map.entries().keySet()).as("%s", json.location()).containsExactlyElementsOf(other.entries().keySet());
      for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
        assertThat(map.keyLocation(entry.getKey())).isEqualTo(other.keyLocation(entry.getKey()));
        assertSameNode(entry.getValue(), other.entries().get(entry.getKey()));
      }
    }
  }

  @Test
  void tabsAnywhereAreJsonWhitespace() {
    specs.write("tabs.json", "{\n\t\"openapi\":\t\"3.1.0\",\n\t\"info\": {\n\t\t\"title\": \"T\", \"version\": \"1\"\n\t},"
        + "\n\t\"paths\": {}\n}\n");
    assertThat(specs.messages(specs.load("tabs.json"))).isEmpty();
  }

  @Test
  void contentThatStartsWithABraceIsJsonWhateverTheFileIsNamed() {
    specs.write("spec.txt", "\n{\"openapi\": \"3.1.0\",\n\t\"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": 7}\n");
    assertThat(specs.messages(specs.load("spec.txt"))).containsExactly(
        "spec.txt:3:51: error: 'paths' must be a mapping, found a number (at /paths)");
  }

  @Test
  void aYamlFlowMappingThatIsNotJsonIsStillReadAsYaml() {
    specs.write("flow.yaml", "{openapi: 3.1.0, info: {title: T, version: '1'}, paths: {}}\n");
    assertThat(specs.messages(specs.load("flow.yaml"))).isEmpty();
  }

  @Test
  void aSecondJsonDocumentIsRefused() {
    specs.write("two.json", "{\"openapi\": \"3.1.0\"}\n{\"openapi\": \"3.1.0\"}\n");
    assertThat(specs.messages(specs.load("two.json")))
        .containsExactly("two.json:2:1: error: a spec file must hold exactly one JSON document");
  }

  @Test
  void theNodeLimitHoldsForJson() {
    specs.write("many.json", "{\"a\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}");
    LoadOptions options = LoadOptions.defaults().withLimits(new LoaderLimits(1_000_000, 100, 10));
    assertThat(specs.messages(specs.load("many.json", options)))
        .containsExactly("many.json:1:7: error: the document has more than 10 nodes (at /a)");
  }

  @Test
  void jsonThatIsNotUtf8IsRefused() throws IOException {
    Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
    assertThat(specs.messages(specs.load("latin1.json")))
        .containsExactly("latin1.json: error: the file is not valid UTF-8 (JSON must be UTF-8)");
  }

  @Test
  void aReplacementCharacterWrittenInTheSpecIsKept() {
    specs.write("replacement.json", "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"A \uFFFD B\", "
        + "\"version\": \"1\"}, \"paths\": {}}");
    LoadResult result = specs.load("replacement.json");
    assertThat(specs.messages(result)).noneMatch(m -> m.contains("UTF-8"));
    assertThat(result.model().orElseThrow().title()).isEqualTo("A \uFFFD B");
  }

  @Test
  void anEmptyJsonFileIsReported() {
    specs.write("empty.json", " \n");
    assertThat(specs.messages(specs.load("empty.json"))).containsExactly("empty.json: error: the file is empty");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheDocument() {
    specs.write("bom.json", "\uFEFF{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": {}}");
    assertThat(specs.messages(specs.load("bom.json"))).isEmpty();
  }
}
