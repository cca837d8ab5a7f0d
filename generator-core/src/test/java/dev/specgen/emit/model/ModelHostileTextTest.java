package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.JsonTrees;
import dev.specgen.testing.SpecgenTestKit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec text written to break generated code ({@code specs/models/hostile-text.yaml}: {@code *}{@code /},
 * backslash-u escapes, JavaPoet's {@code $} placeholders, tags at a line start, HTML, quotes and
 * backslashes in wire names and enum values) stays inert. Compiling is not proof enough, since a
 * description that closes its comment can go on with code that compiles; so the sources are also
 * checked comment by comment.
 */
class ModelHostileTextTest {

  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
  private static final Pattern BLOCK_TAG = Pattern.compile("^\\s*\\*\\s*@(\\w+)", Pattern.MULTILINE);
  private static List<GeneratedFile> files;

  @BeforeAll
  static void generate() {
    files = SpecgenTestKit.sources(SpecgenTestKit.loadModel(
        SpecgenTestKit.testResources().resolve("specs/models/hostile-text.yaml")), "dev.specgen.hostile", false);
  }

  @Test
  void commentsEndOnlyWhereTheGeneratorEndsThem() {
    for (GeneratedFile file : files) {
      String source = file.content();
      Matcher javadoc = JAVADOC.matcher(source);
      int commentEnds = 0;
      while (javadoc.find()) {
        commentEnds++;
        String closing = source.substring(source.lastIndexOf('\n', javadoc.end() - 3) + 1, javadoc.end());
        // a comment ends on a line of its own, or is a one-line comment that starts on its line
        assertThat(closing.strip()).as("a comment of %s ends where it should", file.relativePath())
            .matches("\\*/|/\\*\\* .* \\*/");
      }
      String code = STRING_LITERAL.matcher(source).replaceAll("\"\"");
      assertThat(code.split("\\*/", -1).length - 1)
          .as("every */ outside string literals in %s closes a generated Javadoc comment", file.relativePath())
          .isEqualTo(commentEnds);
    }
  }

  @Test
  void noUnicodeEscapeReachesJavac() {
    // javac reads backslash-u as a character anywhere, comments included, unless the backslash is
    // itself escaped (preceded by an odd number of backslashes)
    Pattern escape = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u");
    for (GeneratedFile file : files) {
      assertThat(escape.matcher(file.content()).find()).as("a unicode escape in %s", file.relativePath()).isFalse();
    }
  }

  @Test
  void specTextOpensNoTagAndNoHtml() {
    for (GeneratedFile file : files) {
      Matcher tag = BLOCK_TAG.matcher(file.content());
      while (tag.find()) {
        assertThat(tag.group(1)).as("a block tag in %s", file.relativePath())
            .isIn("param", "return", "throws", "deprecated");
      }
      assertThat(file.content()).doesNotContain("<script>", "<b>", "{@code braces}");
    }
    String hostile = content("Hostile.java");
    assertThat(hostile)
        .contains("Ends the comment <em>/ int broken = 1; /</em>") // Markdown emphasis, the comment end gone
        .contains("$L and $S and $$ are JavaPoet's")
        .contains("&lt;script&gt;");
  }

  @Test
  void hostileWireNamesAndValuesCompileAndRoundTrip() throws Exception {
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.create().compileFiles(files).assertSucceeded();
    ObjectMapper mapper = SpecgenJson.newObjectMapper();
    String json = """
        {"text": "*/ \\\\u0022", "mood": "say \\"hi\\"", "tagged": {"kind\\"": "a\\"b"}}
        """;
    Object hostile = mapper.readValue(json, compilation.loadClass("dev.specgen.hostile.Hostile"));
    JsonTrees.assertSame(mapper, json, mapper.writeValueAsString(hostile));
    assertThat(mapper.writeValueAsString(hostile)).contains("\"kind\\\"\":\"a\\\"b\"");
    Object tagged = dev.specgen.testing.Invoke.call(hostile, "tagged");
    assertThat(tagged.getClass().getSimpleName()).isEqualTo("QuotedVariant");
  }

  private static String content(String fileName) {
    return files.stream().filter(f -> f.relativePath().endsWith("/" + fileName)).findFirst().orElseThrow().content();
  }
}
