package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  @Test
  void keepsEmphasisCodeSpansAndAbsoluteLinks() {
    String text = "List *all* of `q[statuses]`, see [search](https://dev.frontapp.com/reference#search).";

    assertThat(Markdown.block(text)).isEqualTo(text);
  }

  @Test
  void escapesHtmlOutsideCodeSpansOnly() {
    assertThat(Markdown.block("sent as `Authorization: Bearer <token>` <script>alert(1)</script> & <!-- x"))
        .isEqualTo("sent as `Authorization: Bearer <token>` &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- x");
  }

  @Test
  void reducesRelativeAndUnsafeLinksToTheirText() {
    assertThat(Markdown.block("see [the guide](guide.md#x), [top](#top), [js](javascript:alert(1)) and"
        + " ![logo](https://example.com/logo.png)"))
        .isEqualTo("see the guide, top, js and logo");
  }

  @Test
  void bracketsThatAreNoLinkAreEscaped() {
    assertThat(Markdown.block("q[statuses] and [ref]: other.md")).isEqualTo("q\\[statuses] and \\[ref]: other.md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"```", "```java", "~~~", "# Heading", "---", "===", "***", "- - -", "    indented code"})
  void noLineCanStartABlock(String line) {
    String escaped = Markdown.block("A paragraph.\n" + line + "\nmore");

    String[] lines = escaped.split("\n");
    assertThat(lines[1]).doesNotStartWith("```").doesNotStartWith("~~~").doesNotStartWith("#")
        .doesNotStartWith(" ").doesNotMatch("[-=*_ ]+");
    assertThat(MarkdownChecks.headings(escaped + "\n")).isEmpty();
    assertThat(MarkdownChecks.blocks(escaped + "\n")).isEmpty();
  }

  @Test
  void backticksThatOpenNoCodeSpanAreEscaped() {
    assertThat(Markdown.block("a ` b")).isEqualTo("a \\` b");
    assertThat(Markdown.block("``x` y")).isEqualTo("\\`\\`x\\` y");
  }

  @Test
  void cellsKeepToOneLineAndEscapePipes() {
    String cell = Markdown.cell("a | b\n\nc `x|y` \\| d");

    assertThat(cell).isEqualTo("a \\| b c `x\\|y` \\| d");
    assertThat(MarkdownChecks.problems("| h |\n|---|\n| " + cell + " |\n")).isEmpty();
  }

  @Test
  void inlineCodeGrowsItsFenceAroundBackticks() {
    assertThat(Markdown.code("a")).isEqualTo("`a`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("`x`")).isEqualTo("`` `x` ``");
    assertThat(Markdown.code("a|b", true)).isEqualTo("`a\\|b`");
    assertThat(Markdown.code("")).isEqualTo("` `");
  }

  @Test
  void fencesAreLongerThanAnyBacktickRunInside() {
    String block = Markdown.fence("json", "{\"a\": \"```\\n````\"}");

    assertThat(block).startsWith("`````json\n").endsWith("\n`````\n");
    assertThat(MarkdownChecks.blocks(block)).singleElement()
        .satisfies(b -> assertThat(b.text()).isEqualTo("{\"a\": \"```\\n````\"}\n"));
  }

  @Test
  void slugsAreGitHubs() {
    assertThat(Markdown.slug("ConversationQuery")).isEqualTo("conversationquery");
    assertThat(Markdown.slug("Using a gateway")).isEqualTo("using-a-gateway");
    Slugger slugger = new Slugger();
    assertThat(slugger.slug("Models")).isEqualTo("models");
    assertThat(slugger.slug("Models")).isEqualTo("models-1");
  }

  @Test
  void dropsControlCharactersAndCarriageReturns() {
    assertThat(Markdown.block("a\r\nb\u0000c\u001b")).isEqualTo("a\nbc");
  }
}
