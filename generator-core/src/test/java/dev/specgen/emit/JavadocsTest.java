package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.ApiModel;
import dev.specgen.testing.SpecgenTestKit;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec Markdown becomes Javadoc HTML ({@link Javadocs}), and the generated Javadoc of {@code
 * specs/javadoc/markdown.yaml} shows it: links, code, lists, escaped text, the example with the
 * spec's example values, each fact once. That the result passes {@code javadoc -Xdoclint:all} is
 * {@link GeneratedJavadocTest}'s part.
 */
class JavadocsTest {

  private static Map<String, String> sources;

  @BeforeAll
  static void generate() {
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.testResources().resolve("specs/javadoc/markdown.yaml"));
    sources = SpecgenTestKit.sources(model, "test.markdown", true).stream()
        .collect(Collectors.toMap(f -> f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1),
            GeneratedFile::content));
  }

  @Test
  void linksCodeListsAndParagraphsBecomeHtml() {
    assertThat(Javadocs.markdown("See the [search endpoint](https://example.com/s?a=1&b=2), `code`.\n\n"
        + "- one\n- *two*\n\nLast."))
        .isEqualTo("See the <a href=\"https://example.com/s?a=1&amp;b=2\">search endpoint</a>, <code>code</code>.\n\n"
            + "<ul>\n<li>one</li>\n<li><em>two</em></li>\n</ul>\n\n<p>Last.");
    assertThat(Javadocs.markdownAfterText("First.\n\nSecond.")).isEqualTo("<p>First.\n\n<p>Second.");
    assertThat(Javadocs.inlineMarkdown("First.\n\nSecond.")).isEqualTo("First. Second.");
  }

  @Test
  void onlyWebAndMailLinksStayLinks() {
    assertThat(Javadocs.markdown("[a](javascript:alert(1)) [b](/relative) [c](mailto:x@example.com)"))
        .isEqualTo("a b <a href=\"mailto:x%40example.com\">c</a>");
    assertThat(Javadocs.markdown("![diagram](https://example.com/d.png)"))
        .isEqualTo("<a href=\"https://example.com/d.png\">diagram</a>");
  }

  @Test
  void nothingOfTheSpecCanEndTheCommentOrStartATagOrHtml() {
    assertThat(Javadocs.markdown("<b>raw</b> */ @return {@code x} \\u0041"))
        .isEqualTo("&lt;b&gt;raw&lt;/b&gt; &#42;/ &#64;return {&#64;code x} &#92;u0041");
    assertThat(Javadocs.markdown("```\n*/ @see\n```"))
        .isEqualTo("<pre><code>&#42;/ &#64;see\n</code></pre>");
    assertThat(Javadocs.markdown("# Title\n\nText.")).isEqualTo("<strong>Title</strong>\n\n<p>Text.");
    assertThat(Javadocs.markdown("a  \nb\n\n---")).isEqualTo("a<br>\nb\n\n<hr>");
  }

  @Test
  void codeBlocksShowCodeAsWritten() {
    assertThat(Javadocs.codeBlock("var x = Map.of(\"k\", List.of());\n"))
        .isEqualTo("<pre>{@code\nvar x = Map.of(\"k\", List.of());\n}</pre>");
    assertThat(Javadocs.codeBlock("var s = \"}*/\";"))
        .isEqualTo("<pre>\nvar s = \"}&#42;/\";\n</pre>");
  }

  @Test
  void theOperationJavadocRendersTheDescriptionShowsTheExampleAndSaysEachFactOnce() {
    String client = javadocBefore(sources.get("MarkdownInJavadocClient.java"),
        "public Note getNote(GetNoteRequest request, RequestOptions options)");
    assertThat(client)
        .contains("Get a <code>note</code>: <code>GET /notes/{note_id}</code>.")
        .contains("<a href=\"https://example.com/search\">search endpoint</a>")
        .contains("<a href=\"mailto:help%40example.com\">support</a>")
        .contains("Unsafe: click, relative,")
        .contains("<strong>Details</strong>")
        .contains("<ol>\n     * <li>first</li>")
        .contains("&lt;script&gt;")
        .contains(".noteId(\"note_123\")")
        .doesNotContain("@param request", "@param options", "@return") // the signature says these
        .contains("@throws MarkdownInJavadocNotFoundException on 404 (No note with that <strong>id</strong>; see"
            + " <a href=\"https://example.com/errors\">errors</a>.)")
        .doesNotContain("](", "```", "javascript", "<script>", "Required scopes");
  }

  @Test
  void aDescriptionRepeatingTheSummaryIsLeftOutAndUnnamedScopesAreListed() {
    String javadoc = javadocBefore(sources.get("MarkdownInJavadocClient.java"),
        "public List<Note> listNotes(RequestOptions options)");
    assertThat(javadoc)
        .contains("List notes: <code>GET /notes</code>.\n     *\n     * <p>Required scopes: <code>notes:read</code>.")
        .doesNotContain("<p>List notes");
  }

  /** The Javadoc comment right above {@code declaration}. */
  private static String javadocBefore(String source, String declaration) {
    int at = source.indexOf(declaration);
    assertThat(at).as("%s in the source", declaration).isPositive();
    return source.substring(source.lastIndexOf("/**", at), at);
  }

  @Test
  void modelsAndRequestsRenderTheirDescriptions() {
    assertThat(sources.get("Note.java"))
        .contains("A note, <em>written</em> by someone.")
        .contains("<a href=\"https://example.com/text\"><code>text</code></a>")
        .contains("@param id The id, e.g. <code>note_1</code> (see")
        .contains("<a href=\"https://example.com/ids\">https://example.com/ids</a>).")
        .doesNotContain("```");
    String request = sources.get("GetNoteRequest.java");
    assertThat(request)
        .contains("@param noteId Required path parameter <code>note_id</code>. The note's <strong>id</strong>, e.g."
            + " <code>note_1</code>.")
        .contains("<li><code>text</code></li>")
        .doesNotContain("@return this builder");
    // said once, on the record; the builder's setter repeats none of it
    assertThat(request.split("The note's <strong>id</strong>", -1)).hasSize(2);
  }
}
