package dev.specgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * How Specgen reads a spec's Markdown descriptions, the same way for the HTML reference and for
 * Javadoc: CommonMark (commonmark-java), with images turned into links to them (generated output
 * loads nothing from elsewhere), and one rule for which link targets are safe to keep: absolute
 * {@code http}, {@code https} and {@code mailto} URLs, nothing else ({@code javascript:}, {@code
 * data:} and relative links among what is refused, since a relative link of the spec points nowhere
 * in generated output). Raw HTML in spec text is never passed through; each renderer escapes it.
 */
public final class SpecMarkdown {

  private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:)[^\\s]*");

  private static final Parser PARSER = Parser.builder().build();

  private SpecMarkdown() {}

  /** The parsed description, images already replaced by links; {@code null} reads as empty text. */
  public static Node parse(String markdown) {
    Node document = PARSER.parse(markdown == null ? "" : markdown);
    document.accept(new ImagesAsLinks());
    return document;
  }

  /**
   * Whether {@code markdown} is one line of text that CommonMark reads as a single paragraph of
   * plain text and an HTML renderer writes back unchanged, apart from the white space around it:
   * only ASCII letters, digits, spaces and punctuation that has no meaning in Markdown and needs no
   * escape in HTML, and no list marker at its start. Renderers may skip the parser for it.
   *
   * @param markdown a description of the spec
   * @return true when parsing would give the stripped text back as it is
   */
  public static boolean isPlainLine(String markdown) {
    int indent = 0;
    while (indent < markdown.length() && markdown.charAt(indent) == ' ') {
      indent++;
    }
    if (indent > 3) {
      return false; // an indented code block
    }
    String text = markdown.substring(indent).stripTrailing();
    if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(0) == '+' || startsWithNumberedItem(text)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || PLAIN_PUNCTUATION.indexOf(c) >= 0;
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** Punctuation CommonMark gives no meaning to inside a line, and HTML needs no escape for. */
  private static final String PLAIN_PUNCTUATION = " .,;:'()?/=%$-+";

  /** {@code 1.} or {@code 1)} at the start: an ordered list item. */
  private static boolean startsWithNumberedItem(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
  }

  /** Whether a link may point at {@code url}: an absolute web or mail address. */
  public static boolean isSafeUrl(String url) {
    String trimmed = url.strip();
    return SAFE_URL.matcher(trimmed).matches() && !trimmed.toLowerCase(Locale.ROOT).contains("javascript:");
  }

  /** Replaces each image by a link to it, with the image's alt text as the link text. */
  private static final class ImagesAsLinks extends AbstractVisitor {
    private final List<Image> images = new ArrayList<>();

    @Override
    public void visit(Image image) {
      images.add(image);
      visitChildren(image);
    }

    @Override
    public void visit(Document document) {
      visitChildren(document);
      for (Image image : images) {
        Link link = new Link(image.getDestination(), image.getTitle());
        Node child = image.getFirstChild();
        while (child != null) {
          Node next = child.getNext();
          link.appendChild(child);
          child = next;
        }
        image.insertBefore(link);
        image.unlink();
      }
    }
  }
}
