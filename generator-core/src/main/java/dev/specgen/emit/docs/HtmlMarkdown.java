package dev.specgen.emit.docs;

import dev.specgen.emit.SpecMarkdown;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders a spec's Markdown descriptions as HTML, read as {@link SpecMarkdown} reads them. Spec
 * text is untrusted: raw HTML is escaped (shown as text, never passed through), links keep only
 * the targets {@link SpecMarkdown#isSafeUrl} allows (anything else becomes {@code #}), and images
 * become links, because the page loads nothing from elsewhere.
 */
final class HtmlMarkdown {

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
    return renderer.render(SpecMarkdown.parse(markdown));
  }

  /** Only absolute web and mail links survive. */
  private static final class SafeLinks implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      return SpecMarkdown.isSafeUrl(url) ? url.strip() : "#";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return "#"; // images are turned into links before rendering; this is never shown
    }
  }
}
