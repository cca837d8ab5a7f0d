package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javadoc from a description that {@link SpecMarkdown#isPlainLine} lets skip the CommonMark
 * parser is exactly what the parser would have given: checked on texts at the edge of the rule,
 * and on every description and summary of the published specs.
 */
class PlainLineTest {

  private static final List<String> EDGES = List.of(
      "The contact's id.", "  Three spaces before.  ", "    Four spaces make code.", "\tA tab first.",
      "- a list item", "+ another", "* emphasis or a list", "1. first", "12) twelfth", "1.5 is a number",
      "2024-01-01 is a date", "Ends with two spaces  ", "Ends with a new line\n", "\nStarts with one",
      "Line one\nline two", "Under a heading\n===", "# Heading", "> quote", "a <b>tag</b>", "a & b",
      "\"quoted\"", "It's (probably) fine: yes; no?", "https://example.com/a?b=1&c=2", "100% = 1/1 + $0",
      "snake_case_name", "under_score_", "back\\slash", "`code`", "[link](https://x.y)", "x@y.z",
      "Emoji \u2713 and caf\u00e9", "===", "---", "a  b   c", "=== not a heading", "(1) first");

  @Test
  void theShortcutAgreesWithTheParserAtTheEdgesOfItsRule() {
    for (String text : EDGES) {
      assertSame(text);
    }
    assertThat(SpecMarkdown.isPlainLine("The contact's id.")).isTrue();
    assertThat(SpecMarkdown.isPlainLine("    Four spaces make code.")).isFalse();
    assertThat(SpecMarkdown.isPlainLine("1. first")).isFalse();
  }

  @Test
  void theShortcutAgreesWithTheParserOnEveryDescriptionOfThePublishedSpecs() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SpecgenTestKit.realSpecs())) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        collectTexts(new ObjectMapper().readTree(file.toFile()), texts);
      }
    }
    assertThat(texts).hasSizeGreaterThan(500);
    long plain = texts.stream().filter(SpecMarkdown::isPlainLine).count();
    assertThat(plain).as("descriptions that take the shortcut").isGreaterThan(texts.size() / 4);
    texts.forEach(PlainLineTest::assertSame);
  }

  private static void assertSame(String text) {
    assertThat(Javadocs.markdown(text)).as("markdown(%s)", text)
        .isEqualTo(Javadocs.renderParsed(text, "\n\n<p>", ""));
    assertThat(Javadocs.markdownAfterText(text)).as("markdownAfterText(%s)", text)
        .isEqualTo(Javadocs.renderParsed(text, "\n\n<p>", "<p>"));
    assertThat(Javadocs.inlineMarkdown(text)).as("inlineMarkdown(%s)", text)
        .isEqualTo(Javadocs.renderParsed(text, " ", ""));
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    node.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if ((field.getKey().equals("description") || field.getKey().equals("summary")) && value.isTextual()) {
        texts.add(value.textValue());
      } else if (value.isContainerNode()) {
        collectTexts(value, texts);
      }
    });
    if (node.isArray()) {
      node.forEach(item -> collectTexts(item, texts));
    }
  }
}
