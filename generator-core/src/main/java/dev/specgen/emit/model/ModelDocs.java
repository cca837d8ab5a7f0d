package dev.specgen.emit.model;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.Property;
import java.util.Optional;

/**
 * Javadoc of generated models, from the spec's descriptions and examples. All spec text goes
 * through {@link Javadocs#escape} and into JavaPoet as a {@code $L} argument, so no description can
 * end the comment, start a unicode escape, open a tag or break a format string.
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
      int space = rest.lastIndexOf(' ', width);
      if (space <= lead) {
        space = rest.indexOf(' ', width); // a word longer than the line stays whole
      }
      if (space < 0) {
        break;
      }
      out.append(rest, 0, space).append('\n');
      rest = indent + continuation + rest.substring(space + 1).stripLeading();
    }
    return out.append(rest).toString();
  }

  /** Spec text as Javadoc paragraphs: a blank line in the spec starts a {@code <p>}. */
  static String text(String description) {
    String escaped = Javadocs.escape(description);
    return escaped.replaceAll("\n[ \t]*\n+", "\n\n<p>");
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
   * The {@code @param} text of a record component.
   *
   * <p>Emits: {@code Description. JSON name <code>_links</code>. Required. Example: <code>"x"</code>.}
   */
  static String propertyDoc(Property property) {
    StringBuilder doc = new StringBuilder();
    doc.append(property.description().isBlank()
        ? "the " + code(property.wireName()) + " property."
        : text(property.description()));
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
    return doc.toString();
  }
}
