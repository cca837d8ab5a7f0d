package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML reference as a generation run writes it: where, byte-identical each time, and switched off on request. */
class HtmlReferenceTest {

  @TempDir Path dir;

  private Map<String, byte[]> generate(Path out, boolean html) throws IOException {
    List<SpecInput> inputs = PackageNames.assign(DocsFixtures.FLAGSHIPS.stream().map(SpecgenTestKit::flagshipSpec).toList(),
        Optional.of(DocsFixtures.BASE_PACKAGE));
    GeneratorOptions options = GeneratorOptions.sourcesOnly(inputs, out.resolve("java"))
        .withDocs(out.resolve("docs")).withSnippets(out.resolve("snippets")).withHtmlReference(html);
    assertThat(new Generator().generate(options).hasErrors()).isFalse();
    Map<String, byte[]> files = new TreeMap<>();
    for (Path file : DocsFixtures.files(out.resolve("docs"), "")) {
      if (Files.isRegularFile(file)) {
        files.put(out.resolve("docs").relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  @Test
  void regenerationIsByteIdentical() throws IOException {
    Map<String, byte[]> first = generate(dir.resolve("first"), true);
    Map<String, byte[]> second = generate(dir.resolve("second"), true);

    assertThat(first.keySet()).contains("front/html/index.html", "front/html/listContactConversations.html",
        "front/html/assets/reference.js", "front/html/assets/reference.css", "chatwoot/html/index.html",
        "highlevel/html/searchConversations.html", "inquirly/html/index.html");
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void noHtmlLeavesTheMarkdownAsItWas() throws IOException {
    Map<String, byte[]> with = generate(dir.resolve("with"), true);
    Map<String, byte[]> without = generate(dir.resolve("without"), false);

    assertThat(without.keySet()).noneMatch(name -> name.contains("/html/"));
    Map<String, byte[]> markdown = new TreeMap<>(with);
    markdown.keySet().removeIf(name -> name.contains("/html/"));
    assertThat(without.keySet()).isEqualTo(markdown.keySet());
    markdown.forEach((name, bytes) -> assertThat(without.get(name)).as(name).isEqualTo(bytes));
  }
}
