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
import java.util.regex.Pattern;
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

  /** A spec with {@code count} GET operations, alternately tagged {@code even} and {@code odd}. */
  private Path manyOperations(int count) throws IOException {
    StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  /items").append(i).append(":\n    get:\n      operationId: getItem").append(i)
          .append("\n      tags: [").append(i % 2 == 0 ? "even" : "odd").append("]\n")
          .append("      responses: {'204': {description: done}}\n");
    }
    Path spec = dir.resolve("many.yaml");
    Files.writeString(spec, yaml);
    return spec;
  }

  private Path generateHtml(Path spec) {
    Path out = dir.resolve("many-out");
    GeneratorOptions options = GeneratorOptions.sourcesOnly(List.of(new SpecInput(spec, "com.example.many")),
            out.resolve("java"))
        .withDocs(out.resolve("docs")).withSnippets(out.resolve("snippets")).withHtmlReference(true);
    assertThat(new Generator().generate(options).hasErrors()).isFalse();
    return out.resolve("docs/many/html");
  }

  @Test
  void aLargeApisPagesListTheirNeighboursAndTheIndexListsEveryOperation() throws IOException {
    int count = HtmlSidebar.FULL_LIST_LIMIT + 100;
    Path html = generateHtml(manyOperations(count));

    String index = Files.readString(html.resolve("index.html"));
    assertThat(index.split("class=\"op-link", -1)).hasSize(count + 1);
    String page = Files.readString(html.resolve("getItem150.html"));
    // Only its own tag's operations, NEIGHBOURS on each side of itself.
    List<String> listed = Pattern.compile("class=\"op-link[^\"]*\"><a href=\"getItem(\\d+)\\.html\"")
        .matcher(page).results().map(match -> match.group(1)).toList();
    assertThat(listed).hasSize(2 * HtmlSidebar.NEIGHBOURS + 1)
        .allMatch(number -> Integer.parseInt(number) % 2 == 0);
    assertThat(listed.indexOf("150")).isEqualTo(HtmlSidebar.NEIGHBOURS);
    assertThat(page).contains("<li class=\"op-link current\"><a href=\"getItem150.html\">",
        "All " + count + " operations", "more in this tag");
    // The page no longer grows with the API: one sidebar entry is about 130 bytes.
    assertThat(page.length()).isLessThan(index.length() / 3);
  }

  @Test
  void aSmallApisPagesListEveryOperation() throws IOException {
    Path html = generateHtml(manyOperations(HtmlSidebar.FULL_LIST_LIMIT));

    String page = Files.readString(html.resolve("getItem7.html"));
    assertThat(page.split("class=\"op-link", -1)).hasSize(HtmlSidebar.FULL_LIST_LIMIT + 1);
    assertThat(page).contains("<li class=\"op-link current\"><a href=\"getItem7.html\">")
        .doesNotContain("All " + HtmlSidebar.FULL_LIST_LIMIT + " operations");
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
