package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.TypeDef;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The docs of the four flagship specs: every page with every section, the Java and curl examples
 * of the operation, and golden files for every flagship spec: committed text, so a render that
 * varied between runs or machines would differ from them.
 *
 * <p>{@code -Dgolden.update=true} rewrites the golden files.
 */
class FlagshipDocsTest {

  static final List<String> FLAGSHIPS = DocsFixtures.FLAGSHIPS;
  private static final Path GOLDEN = SpecgenTestKit.repoRoot().resolve("generator-core/src/test/resources/expected-docs");

  private static Map<String, String> byPath(List<GeneratedFile> files) {
    return files.stream().collect(Collectors.toMap(f -> f.target() + ":" + f.relativePath(), GeneratedFile::content,
        (a, b) -> {
          throw new AssertionError("two files at one path");
        }, TreeMap::new));
  }

  @ParameterizedTest
  @FieldSource("FLAGSHIPS")
  void everyOperationHasAPageWithEverySection(String spec) {
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec(spec));
    Map<String, String> docs = byPath(DocsFixtures.flagshipDocs(spec));
    String folder = spec.replace(".yaml", "");

    assertThat(docs).containsKeys("DOCS:" + folder + "/README.md", "DOCS:" + folder + "/models.md");
    for (Operation operation : model.operations()) {
      String page = docs.get("DOCS:" + folder + "/" + operation.operationId() + ".md");
      assertThat(page).as("page of %s", operation.operationId()).isNotNull();
      List<String> headings = MarkdownChecks.headings(page);
      assertThat(headings.get(0)).startsWith("# ");
      assertThat(headings.stream().filter(h -> h.startsWith("## ")).map(h -> h.substring(3)).toList())
          .containsSubsequence(OperationPage.SECTIONS);
      assertThat(page).contains("`" + operation.method() + " " + operation.path() + "`");
      assertThat(MarkdownChecks.blocksIn(page, "Java")).first()
          .satisfies(b -> assertThat(b.info()).isEqualTo("java"))
          .satisfies(b -> assertThat(b.text()).contains("client." + operation.javaName() + "("));
      assertThat(MarkdownChecks.blocksIn(page, "curl")).singleElement()
          .satisfies(b -> assertThat(b.text()).startsWith("curl --request " + operation.method()));
      assertThat(MarkdownChecks.blocksIn(page, "Response")).first()
          .satisfies(b -> assertThat(b.info()).isEqualTo("json"));
      assertThat(MarkdownChecks.problems(page)).as("problems of %s", operation.operationId()).isEmpty();
      assertThat(docs.get("DOCS:" + folder + "/README.md"))
          .contains("(" + operation.operationId() + ".md)");
    }
    String models = docs.get("DOCS:" + folder + "/models.md");
    for (TypeDef type : model.types()) {
      assertThat(models).contains("\n## " + type.name() + "\n");
    }
    assertThat(MarkdownChecks.problems(models)).isEmpty();
    assertThat(MarkdownChecks.problems(docs.get("DOCS:" + folder + "/README.md"))).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("FLAGSHIPS")
  void theShownJavaIsTheCompiledSnippetsCode(String spec) {
    Map<String, String> docs = byPath(DocsFixtures.flagshipDocs(spec));
    String folder = spec.replace(".yaml", "");
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec(spec));
    for (Operation operation : model.operations()) {
      String page = docs.get("DOCS:" + folder + "/" + operation.operationId() + ".md");
      String snippet = docs.entrySet().stream()
          .filter(e -> e.getKey().endsWith("/snippets/" + DocsFixtures.capitalized(operation.javaName()) + "Snippet.java"))
          .map(Map.Entry::getValue).findFirst().orElseThrow();
      for (MarkdownChecks.Block block : MarkdownChecks.blocksIn(page, "Java")) {
        String body = block.text().substring(block.text().indexOf("\n\n") + 2);
        for (String line : body.split("\n")) {
          assertThat(snippet).as("snippet of %s", operation.operationId()).contains("        " + line);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"front.yaml", "chatwoot.yaml", "highlevel.yaml", "inquirly.yaml"})
  void docsMatchTheGoldenFiles(String spec) throws IOException {
    String folder = spec.replace(".yaml", "");
    Map<String, String> actual = new TreeMap<>();
    for (GeneratedFile file : DocsFixtures.flagshipDocs(spec)) {
      String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
      actual.put(file.target() == GeneratedFile.Target.DOCS ? name : "snippets/" + name, file.content());
    }
    Path expectedDir = GOLDEN.resolve(folder);
    if (Boolean.getBoolean("golden.update")) {
      DocsFixtures.deleteRecursively(expectedDir);
      for (Map.Entry<String, String> file : actual.entrySet()) {
        Path target = expectedDir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (Path file : DocsFixtures.files(expectedDir, "")) {
      if (Files.isRegularFile(file)) {
        expected.put(expectedDir.relativize(file).toString().replace('\\', '/'), DocsFixtures.read(file));
      }
    }
    assertThat(actual.keySet()).as("files (run with -Dgolden.update=true after a deliberate change)")
        .isEqualTo(expected.keySet());
    for (String name : actual.keySet()) {
      assertThat(actual.get(name)).as("%s/%s (run with -Dgolden.update=true after a deliberate change)", folder, name)
          .isEqualTo(expected.get(name));
    }
  }
}
