package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.SpecFixture;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text written to break the docs: pipes and line breaks in table cells, fences, headings and
 * HTML in descriptions, backticks in examples, relative links. The pages keep their structure, and
 * the snippets still compile.
 */
class HostileTextTest {

  private static final String EVIL = "Line one | cell?\\n\\n```\\n<script>alert(1)</script>\\n# Not a heading\\n"
      + "---\\n    indented\\n[relative](other.md#x) [fine](https://example.com/a_(b)) <!-- open comment"
      + " ~~~ `code | with pipe` \\u00e9 & done";

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: "Setup", version: '1 | 2', description: "%1$s"}
      servers: [{url: 'https://evil.example.com', description: "%1$s"}]
      security: [{token: []}]
      tags: [{name: 'a|b'}]
      paths:
        /items/{item-id}:
          get:
            operationId: get-item
            tags: ['a|b']
            summary: "# Get | an item `x`"
            description: "%1$s"
            parameters:
              - name: item-id
                in: path
                required: true
                description: "%1$s"
                schema: {type: string}
                example: "```|<b>\\\\u0041*/"
              - name: mode
                in: query
                description: "%1$s"
                schema: {$ref: '#/components/schemas/Mode'}
                example: "a|b"
            responses:
              '200':
                description: "%1$s"
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Item'}
                    example: {text: "```\\n````\\n</code>", mode: "a|b"}
              '404':
                description: "%1$s"
      components:
        securitySchemes:
          token: {type: http, scheme: bearer, description: "%1$s"}
        schemas:
          Mode:
            type: string
            description: "%1$s"
            enum: ["a|b", "`c`", "<d>"]
          Item:
            type: object
            description: "%1$s"
            properties:
              text: {type: string, description: "%1$s", example: "```"}
              mode: {$ref: '#/components/schemas/Mode'}
      """.formatted(EVIL);

  @TempDir Path dir;

  @Test
  void pagesKeepTheirStructure() {
    SpecFixture fixture = new SpecFixture(dir);
    ApiModel model = fixture.model("evil.yaml", SPEC);
    Map<String, String> pages = new TreeMap<>();
    for (GeneratedFile file : new DocsEmitter(false).emit(model, new EmitContext("com.evil", dir.resolve("evil.yaml"), true))) {
      if (file.target() == GeneratedFile.Target.DOCS) {
        pages.put(file.relativePath(), file.content());
      }
    }

    assertThat(pages).containsOnlyKeys("evil/README.md", "evil/get-item.md", "evil/models.md");
    pages.forEach((name, page) -> {
      assertThat(MarkdownChecks.problems(page)).as("problems of %s", name).isEmpty();
      assertThat(MarkdownChecks.links(page)).as("links of %s", name)
          .allMatch(link -> link.startsWith("https://") || link.matches("((README|models|get-item)\\.md)?(#.*)?"));
      assertThat(page).doesNotContain("<script>").doesNotContain("<!--").doesNotContain("<b>|");
    });
    String operation = pages.get("evil/get-item.md");
    assertThat(MarkdownChecks.headings(operation)).containsExactly("# \\# Get | an item `x`",
        "## Authentication", "## Parameters", "## Java", "## curl", "## Response", "## Errors");
    assertThat(MarkdownChecks.headings(pages.get("evil/README.md"))).containsExactly("# Setup API",
        "## Installation", "## Setup", "### Using a gateway", "### Timeouts and retries", "## Operations", "## Models");
    assertThat(MarkdownChecks.headings(pages.get("evil/models.md")))
        .containsExactly("# Models", "## Item", "## Mode");
    assertThat(MarkdownChecks.blocksIn(operation, "curl")).singleElement()
        .satisfies(b -> assertThat(b.text()).contains("/items/%60%60%60%7C%3Cb%3E%5Cu0041%2A%2F?mode=a%7Cb"));
    assertThat(MarkdownChecks.blocksIn(operation, "Response")).first()
        .satisfies(b -> assertThat(b.text()).contains("\"text\": \"```\\n````\\n</code>\""));
  }

  @Test
  void snippetsStillCompile() {
    SpecFixture fixture = new SpecFixture(dir);
    Path spec = fixture.write("evil.yaml", SPEC);
    Path out = dir.resolve("out");
    SpecgenTestKit.generate(DocsFixtures.packages(List.of(spec)), LoadOptions.defaults(), out);
    DocsFixtures.requireModel(out, "com/example/conversations/Item.java");

    List<Path> sources = new ArrayList<>(DocsFixtures.files(out.resolve("java"), ".java"));
    sources.addAll(DocsFixtures.files(out.resolve("snippets"), ".java"));
    DocsFixtures.compile(sources, dir.resolve("classes"));
    assertThat(DocsFixtures.read(out.resolve("snippets/com/example/conversations/snippets/GetItemSnippet.java")))
        .contains(".itemId(\"```|<b>\\\\u0041*/\")");
  }
}
