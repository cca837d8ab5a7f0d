package dev.specgen.emit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders a spec's Markdown descriptions as HTML with commonmark-java. Spec text is untrusted: raw
 * HTML is escaped (shown as text, never passed through), links keep only {@code http}, {@code
 * https} and {@code mailto} targets (anything else, {@code javascript:} or {@code data:} among
 * them, becomes {@code #}), and images become links, because the page loads nothing from elsewhere.
 */
final class HtmlMarkdown {

  private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:)[^\\s]*");

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .urlSanitizer(new SafeLinks())
      .percentEncodeUrls(true)
      .build();

  /** The description as HTML blocks; empty text gives an empty string. */
  String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = parser.parse(markdown);
    document.accept(new ImagesAsLinks());
    return renderer.render(document);
  }

  /** Only absolute web and mail links survive. */
  private static final class SafeLinks implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      String trimmed = url.strip();
      return SAFE_URL.matcher(trimmed).matches() && !trimmed.toLowerCase(Locale.ROOT).contains("javascript:")
          ? trimmed : "#";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return "#"; // images are turned into links before rendering; this is never shown
    }
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
    public void visit(org.commonmark.node.Document document) {
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
