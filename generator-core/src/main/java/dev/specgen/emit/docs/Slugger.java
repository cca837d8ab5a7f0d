package dev.specgen.emit.docs;

import java.util.HashSet;
import java.util.Set;

/** The anchors GitHub gives the headings of one page, in order: a repeated slug gets {@code -1}, {@code -2}. */
final class Slugger {

  private final Set<String> taken = new HashSet<>();

  /** The anchor of the next heading with this text. */
  String slug(String headingText) {
    String base = Markdown.slug(headingText);
    String slug = base;
    for (int n = 1; taken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    taken.add(slug);
    return slug;
  }
}
