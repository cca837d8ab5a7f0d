package dev.specgen.emit.model;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.Property;
import java.util.Optional;

/**
 * Javadoc of generated models, from the spec's descriptions (Markdown, rendered as Javadoc HTML)
 * and examples. All spec text goes through {@link Javadocs} and into JavaPoet as a {@code $L}
 * argument, so no description can end the comment, start a unicode escape, open a tag or break a
 * format string.
 */
final class ModelDocs {

  /** Javadoc line width of top-level types: 100 columns less the {@code " * "} prefix. */
  static final int TYPE_WIDTH = 97;
  /** Javadoc line width of members, which are indented by four more columns. */
  static final int MEMBER_WIDTH = 93;

  private ModelDocs() {}

  /**
   * Breaks lines longer than {@code width} at spaces; continuation lines keep the line's indent
   * plus {@code continuation}. Lines inside {@code <pre>} are left alone.
   */
  static String wrap(String text, int width, String continuation) {
    StringBuilder out = new StringBuilder();
    boolean pre = false;
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.contains("<pre>")) {
        pre = true;
      }
      out.append(pre ? line : wrapLine(line, width, continuation));
      if (line.contains("</pre>")) {
        pre = false;
      }
    }
    return out.toString();
  }

  private static String wrapLine(String line, int width, String continuation) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    StringBuilder out = new StringBuilder();
    String rest = line;
    while (rest.length() > width) {
      int lead = rest.length() - rest.stripLeading().length();
      int space = lastSpaceOutsideTags(rest, width);
      if (space <= lead) {
        space = firstSpaceOutsideTags(rest, width); // a word longer than the line stays whole
      }
      if (space < 0) {
        break;
      }
      out.append(rest, 0, space).append('\n');
      rest = indent + continuation + rest.substring(space + 1).stripLeading();
    }
    return out.append(rest).toString();
  }

  /** The last space at or before {@code end} that is not inside an HTML tag, or -1. */
  private static int lastSpaceOutsideTags(String line, int end) {
    for (int i = Math.min(end, line.length() - 1); i >= 0; i--) {
      if (line.charAt(i) == ' ' && !insideTag(line, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The first space at or after {@code start} that is not inside an HTML tag, or -1. */
  private static int firstSpaceOutsideTags(String line, int start) {
    for (int i = start; i < line.length(); i++) {
      if (line.charAt(i) == ' ' && !insideTag(line, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code index} is between a tag's {@code <} and its {@code >} (spec text has no raw {@code <}). */
  private static boolean insideTag(String line, int index) {
    return line.lastIndexOf('<', index) > line.lastIndexOf('>', index);
  }

  /**
   * A spec description (Markdown) as Javadoc HTML blocks; see {@link Javadocs#markdown}.
   *
   * @param description the spec's text
   * @return the HTML, the first paragraph without {@code <p>}
   */
  static String text(String description) {
    return Javadocs.markdown(description);
  }

  /**
   * A spec description (Markdown) inside a sentence or a block tag; see {@link
   * Javadocs#inlineMarkdown}.
   *
   * @param description the spec's text
   * @return the HTML, paragraphs joined by a space
   */
  static String inline(String description) {
    return Javadocs.inlineMarkdown(description);
  }

  /** {@code <code>_links</code>}: a wire name or value, escaped. */
  static String code(String text) {
    return "<code>" + Javadocs.escape(text) + "</code>";
  }

  /**
   * A type's description, then its example as pretty JSON.
   *
   * <p>Emits: {@code Description.\n\n<p>Example:\n<pre>\n{...}\n</pre>\n}
   */
  static CodeBlock typeDoc(String description, Optional<JsonValue> example) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!description.isBlank()) {
      doc.add("$L\n", wrap(text(description), TYPE_WIDTH, ""));
    }
    example.ifPresent(value -> doc.add("$L<p>Example:\n<pre>\n$L\n</pre>\n",
        description.isBlank() ? "" : "\n", Javadocs.escape(value.toPrettyJson())));
    return doc.build();
  }

  /**
   * The {@code @param} text of a record component, when it says something the component does not:
   * the spec's description, or what the spec says of the property.
   *
   * <p>Emits: {@code Description. JSON name <code>_links</code>. Required. Example: <code>"x"</code>.}
   */
  static Optional<String> propertyDoc(Property property) {
    StringBuilder doc = new StringBuilder();
    doc.append(property.description().isBlank()
        ? "the " + code(property.wireName()) + " property."
        : inline(property.description()));
    int plain = doc.length();
    if (!property.wireName().equals(property.javaName()) && !property.description().isBlank()) {
      doc.append(" JSON name ").append(code(property.wireName())).append('.');
    }
    if (property.required() && !property.nullable()) {
      doc.append(" Required.");
    }
    if (property.readOnly()) {
      doc.append(" Read-only: sent by the server, not by clients.");
    }
    if (property.writeOnly()) {
      doc.append(" Write-only: sent by clients, not returned.");
    }
    if (property.deprecated()) {
      doc.append(" Deprecated.");
    }
    property.example().ifPresent(example -> doc.append(" Example: ").append(code(example.toJson())).append('.'));
    return property.description().isBlank() && doc.length() == plain ? Optional.empty() : Optional.of(doc.toString());
  }
}
