package dev.specgen.emit;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns spec text into Javadoc that cannot break the comment around it: no text can end the
 * comment, start a unicode escape (javac reads a backslash followed by the letter u as one even in
 * comments), be taken for a tag, or open HTML.
 *
 * <ul>
 *   <li>{@link #escape}: plain text (names, paths, values), shown exactly as written;
 *   <li>{@link #markdown}: a description, read as CommonMark the way {@link SpecMarkdown} reads it
 *       and rendered as Javadoc HTML: paragraphs, lists, emphasis, {@code <code>} and code blocks,
 *       and links to {@code http}, {@code https} and {@code mailto} targets (other links keep
 *       their text only). Raw HTML of the spec is escaped, headings become bold paragraphs (doclint
 *       allows only some heading levels in a comment), and the HTML is what {@code javadoc
 *       -Xdoclint:all} accepts (no self-closing tags).
 * </ul>
 *
 * <p>Use the results as a JavaPoet {@code $L} argument, never as part of a format string.
 */
public final class Javadocs {

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .percentEncodeUrls(true)
      .softbreak("\n")
      .build();

  private Javadocs() {}

  /**
   * Plain text for a comment: HTML characters and {@code @} as entities, {@code *}{@code /} and
   * backslashes broken up.
   *
   * @param text any text of the spec
   * @return the text, safe in a comment, without leading or trailing white space
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> appendCommentSafe(out, text, i);
      }
    }
    return out.toString().strip();
  }

  /**
   * A Markdown description as Javadoc HTML blocks: the first paragraph as it is (it holds the
   * summary sentence), each later block after a blank line, paragraphs opened by {@code <p>}.
   *
   * @param markdown a description of the spec; blank gives an empty string
   * @return Javadoc HTML, without leading or trailing white space
   */
  public static String markdown(String markdown) {
    return render(markdown, "\n\n<p>", "");
  }

  /**
   * Like {@link #markdown}, for a description that follows other text: its first paragraph is
   * opened by {@code <p>} too.
   *
   * @param markdown a description of the spec; blank gives an empty string
   * @return Javadoc HTML, without leading or trailing white space
   */
  public static String markdownAfterText(String markdown) {
    return render(markdown, "\n\n<p>", "<p>");
  }

  /**
   * A Markdown description for the inside of a sentence or a block tag ({@code @param}, {@code
   * @throws}): like {@link #markdown}, but paragraphs are joined by a space.
   *
   * @param markdown a description of the spec; blank gives an empty string
   * @return Javadoc HTML, without leading or trailing white space
   */
  public static String inlineMarkdown(String markdown) {
    return render(markdown, " ", "");
  }

  /**
   * Java code as a Javadoc code block: {@code <pre>{@code ...}</pre>}, which shows the code as it
   * is written, when nothing in it can end or confuse that tag (a comment end, a backslash,
   * unbalanced braces, a line starting with {@code @}); otherwise {@code <pre>} with the code
   * escaped, which shows the same.
   *
   * @param code lines of Java code
   * @return the block, {@code <pre>} to {@code </pre>}
   */
  public static String codeBlock(String code) {
    String text = code.replace("\r", "").stripTrailing();
    return fitsCodeTag(text) ? "<pre>{@code\n" + text + "\n}</pre>" : "<pre>\n" + escape(text) + "\n</pre>";
  }

  private static boolean fitsCodeTag(String code) {
    if (code.contains("*/") || code.contains("\\") || code.lines().anyMatch(l -> l.strip().startsWith("@"))) {
      return false;
    }
    int depth = 0;
    for (char c : code.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static String render(String markdown, String paragraphSeparator, String firstParagraph) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    if (SpecMarkdown.isPlainLine(markdown)) {
      // Most descriptions: parsing and rendering would give back the same text in one paragraph.
      return commentSafe(firstParagraph + markdown.strip()).strip();
    }
    return renderParsed(markdown, paragraphSeparator, firstParagraph);
  }

  /** {@link #render} through the CommonMark parser, whatever the text. */
  static String renderParsed(String markdown, String paragraphSeparator, String firstParagraph) {
    Node document = SpecMarkdown.parse(markdown);
    document.accept(new JavadocShape());
    StringBuilder out = new StringBuilder();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      String html = RENDERER.render(block).strip()
          .replace("<br />", "<br>")
          .replace("<hr />", "<hr>");
      if (block instanceof Paragraph) {
        html = html.substring("<p>".length(), html.length() - "</p>".length());
        out.append(out.length() == 0 ? firstParagraph : paragraphSeparator);
      } else {
        out.append(out.length() == 0 ? "" : "\n\n");
      }
      out.append(html);
    }
    return commentSafe(out.toString()).strip();
  }

  /** {@code @}, backslashes and comment ends of rendered HTML as entities; the HTML itself stays. */
  private static String commentSafe(String html) {
    StringBuilder out = new StringBuilder(html.length());
    for (int i = 0; i < html.length(); i++) {
      appendCommentSafe(out, html, i);
    }
    return out.toString();
  }

  private static void appendCommentSafe(StringBuilder out, String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '@' -> out.append("&#64;");
      case '\\' -> out.append("&#92;");
      case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
      case '\r' -> { }
      default -> out.append(c);
    }
  }

  /**
   * Shapes a parsed description for Javadoc: headings become bold paragraphs, unsafe links their
   * bare text, and safe link targets lose the characters a comment cannot hold unencoded.
   */
  private static final class JavadocShape extends AbstractVisitor {
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    @Override
    public void visit(Heading heading) {
      headings.add(heading);
      visitChildren(heading);
    }

    @Override
    public void visit(Link link) {
      links.add(link);
      visitChildren(link);
    }

    @Override
    public void visit(org.commonmark.node.Document document) {
      visitChildren(document);
      for (Heading heading : headings) {
        StrongEmphasis bold = new StrongEmphasis();
        moveChildren(heading, bold);
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(bold);
        heading.insertBefore(paragraph);
        heading.unlink();
      }
      for (Link link : links) {
        if (SpecMarkdown.isSafeUrl(link.getDestination())) {
          link.setDestination(link.getDestination().strip().replace("@", "%40").replace("*", "%2A")
              .replace("\\", "%5C"));
          link.setTitle(null);
        } else {
          Node child = link.getFirstChild();
          while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
          }
          link.unlink();
        }
      }
    }

    private static void moveChildren(Node from, Node to) {
      Node child = from.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        to.appendChild(child);
        child = next;
      }
    }
  }
}
