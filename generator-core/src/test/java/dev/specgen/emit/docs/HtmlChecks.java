package dev.specgen.emit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads links, ids and structural problems out of a generated HTML page. */
final class HtmlChecks {

  private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
  private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img");

  private HtmlChecks() {}

  /** Every {@code href} and {@code src}, entities decoded, but the empty icon ({@code data:,}) every page names. */
  static List<String> links(String page) {
    List<String> out = new ArrayList<>();
    Matcher matcher = LINK.matcher(withoutData(page));
    while (matcher.find()) {
      if (!matcher.group(1).equals("data:,")) {
        out.add(decode(matcher.group(1)));
      }
    }
    return out;
  }

  static Set<String> ids(String page) {
    Set<String> out = new TreeSet<>();
    Matcher matcher = ID.matcher(withoutData(page));
    while (matcher.find()) {
      out.add(decode(matcher.group(1)));
    }
    return out;
  }

  /**
   * Problems spec text could cause: a script element other than the shipped script and the call
   * description, a tag left open or closed twice, a duplicate id.
   */
  static List<String> problems(String page) {
    List<String> problems = new ArrayList<>();
    String html = withoutData(page);
    if (countOf(html, "<script") != countOf(html, "</script>") || countOf(html, "<script") > 2) {
      problems.add("unexpected script elements");
    }
    List<String> open = new ArrayList<>();
    Matcher matcher = TAG.matcher(html.replaceAll("(?s)<pre[^>]*>.*?</pre>", "<pre></pre>"));
    while (matcher.find()) {
      String name = matcher.group(2).toLowerCase(java.util.Locale.ROOT);
      if (VOID.contains(name)) {
        continue;
      }
      if (matcher.group(1).isEmpty()) {
        open.add(name);
      } else if (open.isEmpty() || !open.remove(open.size() - 1).equals(name)) {
        problems.add("unbalanced </" + name + "> at " + matcher.start());
        break;
      }
    }
    if (!open.isEmpty() && problems.isEmpty()) {
      problems.add("unclosed elements " + open);
    }
    List<String> ids = new ArrayList<>();
    Matcher idMatcher = ID.matcher(html);
    while (idMatcher.find()) {
      ids.add(idMatcher.group(1));
    }
    if (ids.size() != new TreeSet<>(ids).size()) {
      problems.add("duplicate ids");
    }
    return problems;
  }

  /** The page without the call description's JSON (it holds no markup). */
  private static String withoutData(String page) {
    return page.replaceAll("(?s)(<script type=\"application/json\"[^>]*>).*?(</script>)", "$1$2");
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  private static String decode(String text) {
    return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
