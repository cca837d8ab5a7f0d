package dev.specgen.emit.docs;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Markdown (GitHub flavour) that spec text cannot break out of. Spec descriptions are CommonMark,
 * so their emphasis, code spans and absolute links are kept; everything that could escape its place
 * is neutralized: HTML (escaped outside code spans), block syntax at line starts (fences, headings,
 * thematic breaks, indented code), table pipes and line breaks inside cells, and links that are
 * relative (they would point into the generated docs, where nothing is at that address) or not
 * http, https or mailto.
 */
final class Markdown {

  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x1f\\x7f]");
  private static final Pattern SPACES_BEFORE_LINE_END = Pattern.compile(" +\n");

  private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(https?|mailto):.*");
  private static final Pattern BREAK_LINE = Pattern.compile("[-=*_](?:[ \t]*[-=*_])*[ \t]*");

  private Markdown() {}

  /** Spec text as paragraphs: line breaks kept, every line made unable to start a block. */
  static String block(String specText) {
    return new Escaper(normalize(specText), false, false).run();
  }

  /** Spec text on one line: for headings and list items. */
  static String inline(String specText) {
    return new Escaper(normalize(specText), true, false).run();
  }

  /** Spec text in a table cell: on one line, pipes escaped. */
  static String cell(String specText) {
    return new Escaper(normalize(specText), true, true).run();
  }

  /** Literal text as an inline code span (never spec Markdown); {@code inTable} escapes pipes. */
  static String code(String literal, boolean inTable) {
    String text = CONTROL_CHARACTERS.matcher(literal).replaceAll(" ");
    if (text.isEmpty()) {
      return "` `";
    }
    int fence = longestRun(text, '`') + 1;
    String ticks = "`".repeat(fence);
    boolean pad = text.startsWith("`") || text.endsWith("`")
        || text.startsWith(" ") && text.endsWith(" ") && !text.isBlank();
    String body = pad ? " " + text + " " : text;
    if (inTable) {
      body = body.replace("|", "\\|");
    }
    return ticks + body + ticks;
  }

  /** {@link #code(String, boolean)} outside tables. */
  static String code(String literal) {
    return code(literal, false);
  }

  /** A fenced code block that nothing in {@code content} can close early. */
  static String fence(String info, String content) {
    String text = content.endsWith("\n") ? content : content + "\n";
    String ticks = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    return ticks + info + "\n" + text + ticks + "\n";
  }

  /** A link whose text is our own (already safe) Markdown. */
  static String link(String markdownText, String target) {
    return "[" + markdownText + "](" + target + ")";
  }

  /**
   * The anchor GitHub gives a heading: lower case, punctuation other than {@code -} and {@code _}
   * removed, spaces to hyphens. {@link Slugger} adds the suffixes of repeated headings.
   */
  static String slug(String headingText) {
    StringBuilder out = new StringBuilder();
    headingText.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.appendCodePoint(c);
      } else if (c == ' ') {
        out.append('-');
      }
    });
    return out.toString();
  }

  /** A table row of cells that are already safe Markdown. */
  static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  /** A table's header and delimiter rows. */
  static String header(String... titles) {
    return row(titles) + "|" + "---|".repeat(titles.length) + "\n";
  }

  static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Line feeds only, no other control characters, tabs as spaces, no trailing blanks. */
  private static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < unified.length(); i++) {
      char c = unified.charAt(i);
      if (c == '\t') {
        out.append(' ');
      } else if (c == '\n' || c >= 0x20 && c != 0x7f) {
        out.append(c);
      }
    }
    return SPACES_BEFORE_LINE_END.matcher(out.toString()).replaceAll("\n").strip();
  }

  /** One pass over spec text; code spans are copied, everything else escaped. */
  private static final class Escaper {
    private final String text;
    private final boolean oneLine;
    private final boolean inTable;
    private final StringBuilder out = new StringBuilder();
    private int i;

    Escaper(String text, boolean oneLine, boolean inTable) {
      this.text = text;
      this.oneLine = oneLine;
      this.inTable = inTable;
    }

    String run() {
      lineStart();
      while (i < text.length()) {
        char c = text.charAt(i);
        switch (c) {
          case '\\' -> backslash();
          case '`' -> backticks();
          case '[' -> bracket(false);
          case '!' -> {
            if (i + 1 < text.length() && text.charAt(i + 1) == '[') {
              i++;
              bracket(true);
            } else {
              out.append(c);
              i++;
            }
          }
          case '\n' -> newline();
          default -> {
            plain(c);
            i++;
          }
        }
      }
      return out.toString().strip();
    }

    private void plain(char c) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '|' -> out.append(inTable ? "\\|" : "|");
        default -> out.append(c);
      }
    }

    /** A Markdown escape stays an escape; a lone backslash at the end is escaped itself. */
    private void backslash() {
      if (i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
        char next = text.charAt(i + 1);
        if (next == '<' || next == '>' || next == '&') {
          plain(next); // the entity is literal already
        } else {
          out.append('\\').append(next);
        }
        i += 2;
      } else {
        out.append("\\\\");
        i++;
      }
    }

    /** A code span copied as is (HTML is inert in it), or backticks that open none, escaped. */
    private void backticks() {
      int run = runLength(i, '`');
      int close = closingRun(i + run, run);
      if (close < 0) {
        out.append("\\`".repeat(run));
        i += run;
        return;
      }
      String content = text.substring(i + run, close).replace('\n', ' ');
      if (inTable) {
        content = content.replace("|", "\\|");
      }
      out.append("`".repeat(run)).append(content).append("`".repeat(run));
      i = close + run;
    }

    private int closingRun(int from, int length) {
      int j = from;
      while (j < text.length()) {
        if (text.charAt(j) == '`') {
          int run = runLength(j, '`');
          if (run == length) {
            return j;
          }
          j += run;
        } else {
          j++;
        }
      }
      return -1;
    }

    /** {@code [text](url)}: kept when the URL is absolute and safe, else reduced to its text. */
    private void bracket(boolean image) {
      int close = matching(i, '[', ']');
      if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != '(') {
        out.append(image ? "!\\[" : "\\[");
        i++;
        return;
      }
      int end = matching(close + 1, '(', ')');
      if (end < 0) {
        out.append(image ? "!\\[" : "\\[");
        i++;
        return;
      }
      String label = new Escaper(text.substring(i + 1, close).replace('\n', ' '), true, inTable).run();
      String destination = text.substring(close + 2, end).strip();
      int space = destination.indexOf(' ');
      String url = space < 0 ? destination : destination.substring(0, space);
      if (!image && SAFE_SCHEME.matcher(url).matches() && url.chars().noneMatch(Escaper::unsafeInUrl)) {
        out.append('[').append(label).append("](")
            .append(url.replace("|", "%7C")).append(')');
      } else {
        out.append(label);
      }
      i = end + 1;
    }

    private static boolean unsafeInUrl(int c) {
      return c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == '\\';
    }

    /** The index of the bracket closing the one at {@code open}, on the same paragraph. */
    private int matching(int open, char opening, char closing) {
      int depth = 0;
      for (int j = open; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == '\\') {
          j++;
        } else if (c == opening) {
          depth++;
        } else if (c == closing && --depth == 0) {
          return j;
        } else if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
          return -1;
        }
      }
      return -1;
    }

    private void newline() {
      i++;
      if (oneLine) {
        out.append(' ');
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == ' ')) {
          i++;
        }
        return;
      }
      out.append('\n');
      lineStart();
    }

    /**
     * Leading blanks are dropped (no indented code); a line that would open a fence, a heading, a
     * thematic break or a setext underline has its first character escaped.
     */
    private void lineStart() {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int end = text.indexOf('\n', i);
      String line = text.substring(i, end < 0 ? text.length() : end);
      if (line.isEmpty()) {
        return;
      }
      char first = line.charAt(0);
      if (first == '`' && runLength(i, '`') >= 3) {
        int run = runLength(i, '`');
        out.append("\\`".repeat(run));
        i += run;
      } else if (first == '~' && line.startsWith("~~~")) {
        out.append("\\~");
        i++;
      } else if (first == '#' || first == '+' && line.length() == 1
          || BREAK_LINE.matcher(line).matches()) {
        out.append('\\').append(first);
        i++;
      }
    }

    private int runLength(int from, char c) {
      int j = from;
      while (j < text.length() && text.charAt(j) == c) {
        j++;
      }
      return j - from;
    }

    private static boolean isPunctuation(char c) {
      return c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ' && c != 0x7f;
    }
  }
}
