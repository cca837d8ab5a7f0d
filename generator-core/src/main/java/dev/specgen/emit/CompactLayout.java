package dev.specgen.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout a formatter would give JavaPoet's output, applied to every rendered file: JavaPoet
 * puts a blank line between any two members, spreads one-member annotations and one-line
 * comments over three lines and empty blocks over two, which makes generated files about a tenth
 * longer than hand-written ones without saying more.
 *
 * <p>It runs over every file of a run, so it reads each line once with plain string tests: regular
 * expressions over whole files cost a quarter of the generation time at 1,000 operations.
 */
final class CompactLayout {

  private CompactLayout() {}

  /** The width JavaPoet wraps code at, which a joined line keeps to. */
  private static final int MAX_LINE = 100;

  /**
   * {@code java} as a formatter would lay it out: without the blank line JavaPoet puts between
   * one-line members (a builder's fields, constants, a visitor's methods) and between a plain
   * enum's constants, with one-member annotations, one-line comments and empty blocks ({@code
   * {}}) on one line.
   */
  static String compact(String java) {
    String[] lines = java.split("\n", -1);
    List<String> grouped = withoutBlankLinesBetweenOneLiners(lines);
    List<String> joined = new ArrayList<>(grouped.size());
    for (int i = 0; i < grouped.size(); i++) {
      String one = i + 2 < grouped.size() ? joinedTriple(grouped.get(i), grouped.get(i + 1), grouped.get(i + 2)) : null;
      String block = one == null && i + 1 < grouped.size() ? emptyBlock(grouped.get(i), grouped.get(i + 1)) : null;
      if (one != null) {
        joined.add(one);
        i += 2;
      } else if (block != null) {
        joined.add(block);
        i += 1;
      } else {
        joined.add(grouped.get(i));
      }
    }
    return String.join("\n", joined);
  }

  private static List<String> withoutBlankLinesBetweenOneLiners(String[] lines) {
    List<String> kept = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      boolean between = lines[i].isEmpty() && i > 0 && i + 1 < lines.length
          && (isOneLineMember(lines[i - 1]) && isOneLineMember(lines[i + 1])
              || isEnumConstant(lines[i - 1], true) && isEnumConstant(lines[i + 1], false));
      if (!between) {
        kept.add(lines[i]);
      }
    }
    return kept;
  }

  /** Three lines as one ({@code @JsonCreator(mode = ...)}, {@code /** text *}{@code /}), or null. */
  private static String joinedTriple(String first, String second, String third) {
    String annotation = oneMemberAnnotation(first, second, third);
    return annotation != null ? annotation : oneLineComment(first, second, third);
  }

  /**
   * A field without a comment ({@code private @Nullable String id;}, a constant) or a visitor's
   * abstract method, indented 4 to 8 spaces.
   */
  private static boolean isOneLineMember(String line) {
    int indent = indentOf(line);
    if (indent < 4 || indent > 8 || !line.endsWith(";") || line.indexOf('{') >= 0) {
      return false;
    }
    return line.startsWith("private", indent) || line.startsWith("public static final", indent)
        || line.startsWith("R visit", indent);
  }

  /** A constant of a plain Java enum: {@code ACTIVE,} (the last one may lack the comma). */
  private static boolean isEnumConstant(String line, boolean needsComma) {
    int indent = indentOf(line);
    int end = line.endsWith(",") ? line.length() - 1 : line.length();
    if (indent == 0 || indent == line.length() || (needsComma && end == line.length())) {
      return false;
    }
    char first = line.charAt(indent);
    if (!(first == '_' || first >= 'A' && first <= 'Z')) {
      return false;
    }
    for (int i = indent + 1; i < end; i++) {
      char c = line.charAt(i);
      if (!(c == '_' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code @Name(} / {@code member = value} / {@code )} as {@code @Name(member = value)}, when it fits. */
  private static String oneMemberAnnotation(String first, String second, String third) {
    int indent = indentOf(first);
    if (indent == 0 || !first.startsWith("@", indent) || !first.endsWith("(")
        || !isNameWithDots(first, indent + 1, first.length() - 1)) {
      return null;
    }
    int memberStart = indentOf(second);
    int thirdIndent = indentOf(third);
    if (memberStart == 0 || memberStart == second.length() || thirdIndent == 0
        || !third.substring(thirdIndent).equals(")") || !isMember(second, memberStart)) {
      return null;
    }
    String name = first.substring(indent + 1, first.length() - 1);
    String member = second.substring(memberStart);
    return indent + name.length() + member.length() + 3 <= MAX_LINE
        ? first.substring(0, indent) + "@" + name + "(" + member + ")" : null;
  }

  /**
   * A block with nothing in it, {@code private Builder() {} }, as one line when it fits: a line
   * ending in {@code " {"} and the next one closing it at the same indent.
   */
  private static String emptyBlock(String opening, String closing) {
    int indent = indentOf(opening);
    return opening.endsWith(" {") && opening.length() > indent + 2 && indentOf(closing) == indent
        && closing.length() == indent + 1 && closing.charAt(indent) == '}' && opening.length() < MAX_LINE
        ? opening + "}" : null;
  }

  /** {@code word = value}: a name, then {@code " = "} and something. */
  private static boolean isMember(String line, int start) {
    int i = start;
    while (i < line.length() && isWordChar(line.charAt(i))) {
      i++;
    }
    return i > start && line.startsWith(" = ", i) && i + 3 < line.length();
  }

  /** {@code /**} / {@code * text} / {@code *}{@code /} at one indent, text without a tag, as one line when it fits. */
  private static String oneLineComment(String first, String second, String third) {
    int indent = indentOf(first);
    String prefix = first.substring(0, indent);
    if (!first.substring(indent).equals("/**") || !third.equals(prefix + " */")
        || !second.startsWith(prefix + " * ")) {
      return null;
    }
    String text = second.substring(indent + 3);
    return !text.isEmpty() && text.indexOf('@') < 0 && indent + text.length() + 7 <= MAX_LINE
        ? prefix + "/** " + text + " */" : null;
  }

  private static boolean isNameWithDots(String line, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (!(isWordChar(c) || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
