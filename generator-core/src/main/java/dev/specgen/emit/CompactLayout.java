package dev.specgen.emit;

import java.util.regex.Pattern;

/**
 * The layout a formatter would give JavaPoet's output, applied to every rendered file: JavaPoet
 * puts a blank line between any two members and spreads one-member annotations and one-line
 * comments over three lines, which makes generated files about a tenth longer than hand-written
 * ones without saying more.
 */
final class CompactLayout {

  private CompactLayout() {}

  /**
   * A one-line member: a field without a comment ({@code private @Nullable String id;}, a constant)
   * or a visitor's abstract method.
   */
  private static final Pattern ONE_LINE_MEMBER = Pattern.compile(
      "^( {4,8}(?:private|public static final|R visit)[^\\n{]*;)\\n\\n(?= {4,8}(?:private|public static final|R visit)[^\\n{]*;\\n)",
      Pattern.MULTILINE);

  /**
   * {@code java} as a formatter would lay it out: without the blank line JavaPoet puts between
   * one-line members (a builder's fields, an enum's constants, a visitor's methods), with
   * one-member annotations and one-line comments on one line.
   */
  static String compact(String java) {
    String grouped = ENUM_CONSTANT.matcher(ONE_LINE_MEMBER.matcher(java).replaceAll("$1\n")).replaceAll("$1\n");
    String annotated = ONE_MEMBER_ANNOTATION.matcher(grouped).replaceAll(annotation ->
        annotation.group(1).length() + annotation.group(2).length() + annotation.group(3).length() + 3 <= MAX_LINE
            ? "$1@$2($3)" : "$0");
    return ONE_LINE_COMMENT.matcher(annotated).replaceAll(comment ->
        comment.group(1).length() + comment.group(2).length() + 7 <= MAX_LINE ? "$1/** $2 */" : "$0");
  }

  /** A constant of a plain Java enum ({@code ACTIVE,}) followed by another. */
  private static final Pattern ENUM_CONSTANT = Pattern.compile("^( +[A-Z_][A-Z_0-9]*,)\\n\\n(?= +[A-Z_][A-Z_0-9]*,?\\n)",
      Pattern.MULTILINE);

  /** An annotation with one member that JavaPoet spreads over three lines ({@code @JsonCreator(mode = ...)}). */
  private static final Pattern ONE_MEMBER_ANNOTATION = Pattern.compile("^( +)@([\\w.]+)\\(\\n +(\\w+ = [^\\n]+)\\n +\\)$",
      Pattern.MULTILINE);

  /** A Javadoc comment of one line of text without a tag, which fits on one line. */
  private static final Pattern ONE_LINE_COMMENT = Pattern.compile("^( *)/\\*\\*\\n\\1 \\* ([^\\n@]+)\\n\\1 \\*/$",
      Pattern.MULTILINE);

  /** The width JavaPoet wraps code at, which a one-line comment keeps to. */
  private static final int MAX_LINE = 100;
}
