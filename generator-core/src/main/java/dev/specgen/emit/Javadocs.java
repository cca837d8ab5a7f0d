package dev.specgen.emit;

/**
 * Makes spec text safe inside Javadoc: no text can end the comment, start a unicode escape (javac
 * reads a backslash followed by the letter u as one even in comments), be taken for a tag, or open
 * HTML. Use the result as a
 * JavaPoet {@code $L} argument, never as part of a format string.
 */
public final class Javadocs {

  private Javadocs() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString().strip();
  }
}
