package dev.specgen.emit.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of generated Markdown for tests, written independently of the emitter: headings
 * and their GitHub anchors, links, fenced blocks, and the structural problems spec text must not
 * cause (a table row with the wrong number of cells, an unclosed fence, raw HTML).
 */
final class MarkdownChecks {

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");

  private MarkdownChecks() {}

  /** A fenced block: its info string and its text. */
  record Block(String info, String text) {}

  /** Lines outside fenced blocks (fence lines themselves excluded). */
  static List<String> prose(String page) {
    List<String> out = new ArrayList<>();
    String fence = null;
    for (String line : page.split("\n", -1)) {
      Matcher m = FENCE.matcher(line);
      if (fence == null && m.matches()) {
        fence = m.group(1);
      } else if (fence != null && line.startsWith(fence) && line.strip().chars().allMatch(c -> c == '`')) {
        fence = null;
      } else if (fence == null) {
        out.add(line);
      }
    }
    return out;
  }

  static boolean unclosedFence(String page) {
    String fence = null;
    for (String line : page.split("\n", -1)) {
      Matcher m = FENCE.matcher(line);
      if (fence == null && m.matches()) {
        fence = m.group(1);
      } else if (fence != null && line.startsWith(fence) && line.strip().chars().allMatch(c -> c == '`')) {
        fence = null;
      }
    }
    return fence != null;
  }

  static List<Block> blocks(String page) {
    List<Block> out = new ArrayList<>();
    String fence = null;
    String info = null;
    StringBuilder text = new StringBuilder();
    for (String line : page.split("\n", -1)) {
      Matcher m = FENCE.matcher(line);
      if (fence == null && m.matches()) {
        fence = m.group(1);
        info = m.group(2);
        text.setLength(0);
      } else if (fence != null && line.startsWith(fence) && line.strip().chars().allMatch(c -> c == '`')) {
        out.add(new Block(info, text.toString()));
        fence = null;
      } else if (fence != null) {
        text.append(line).append('\n');
      }
    }
    return out;
  }

  /** The blocks of the section under {@code ## heading}. */
  static List<Block> blocksIn(String page, String heading) {
    int start = page.indexOf("\n## " + heading + "\n");
    if (start < 0) {
      return List.of();
    }
    int end = page.indexOf("\n## ", start + 1);
    return blocks(page.substring(start, end < 0 ? page.length() : end));
  }

  static List<String> headings(String page) {
    return prose(page).stream().filter(l -> l.matches("#{1,6} .*")).toList();
  }

  /** GitHub's anchors of the page's headings: lower case, punctuation dropped, repeats numbered. */
  static Set<String> anchors(String page) {
    Set<String> anchors = new LinkedHashSet<>();
    Set<String> taken = new HashSet<>();
    for (String heading : headings(page)) {
      String text = heading.replaceFirst("^#+ ", "").replace("`", "")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      StringBuilder slug = new StringBuilder();
      text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
        if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
          slug.appendCodePoint(c);
        } else if (c == ' ') {
          slug.append('-');
        }
      });
      String base = slug.toString();
      String unique = base;
      for (int n = 1; taken.contains(unique); n++) {
        unique = base + "-" + n;
      }
      taken.add(unique);
      anchors.add(unique);
    }
    return anchors;
  }

  /** Link targets outside code. */
  static List<String> links(String page) {
    List<String> out = new ArrayList<>();
    for (String line : prose(page)) {
      Matcher m = LINK.matcher(withoutCodeSpans(line, true));
      while (m.find()) {
        out.add(m.group(2));
      }
    }
    return out;
  }

  /** Everything that spec text could have broken on the page; empty when the page is sound. */
  static List<String> problems(String page) {
    List<String> problems = new ArrayList<>();
    List<String> prose = prose(page);
    if (unclosedFence(page)) {
      problems.add("a fence is not closed");
    }
    int columns = -1;
    for (String line : prose) {
      if (line.startsWith("|")) {
        int cells = unescapedPipes(line);
        if (columns < 0) {
          columns = cells;
        } else if (cells != columns) {
          problems.add("table row with " + cells + " pipes instead of " + columns + ": " + line);
        }
      } else {
        columns = -1;
      }
      String text = withoutCodeSpans(line, false);
      if (text.contains("<") || text.contains(">")) {
        problems.add("raw HTML: " + line);
      }
      if (line.startsWith("    ") && !line.strip().isEmpty() && !line.strip().startsWith("- ")) {
        problems.add("an indented code block: " + line);
      }
    }
    return problems;
  }

  private static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        count++;
      }
    }
    return count;
  }

  /** The line with code spans removed (or replaced by {@code x} when {@code keepPlace}). */
  static String withoutCodeSpans(String line, boolean keepPlace) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(c).append(line.charAt(i + 1));
        i += 2;
      } else if (c == '`') {
        int run = 0;
        while (i + run < line.length() && line.charAt(i + run) == '`') {
          run++;
        }
        int close = findRun(line, i + run, run);
        if (close < 0) {
          out.append(line, i, i + run);
          i += run;
        } else {
          out.append(keepPlace ? "x" : "");
          i = close + run;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int findRun(String line, int from, int length) {
    int i = from;
    while (i < line.length()) {
      if (line.charAt(i) == '`') {
        int run = 0;
        while (i + run < line.length() && line.charAt(i + run) == '`') {
          run++;
        }
        if (run == length) {
          return i;
        }
        i += run;
      } else {
        i++;
      }
    }
    return -1;
  }
}
