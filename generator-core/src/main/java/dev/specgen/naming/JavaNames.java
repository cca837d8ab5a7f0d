package dev.specgen.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns spec names ({@code _links}, {@code list-contact-conversations}, {@code 24h+}, {@code
 * Captain::Assistant}) into valid, idiomatic Java identifiers. The wire name is kept elsewhere;
 * these are only the names Java code uses.
 */
public final class JavaNames {

  /** Java keywords and literals, which can never be identifiers. */
  public static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
      "record", "sealed", "permits", "non-sealed", "_");

  /**
   * Type names a generated type must not take: {@code java.lang} types (they would shadow the
   * JDK's in generated code) and the names generated code itself uses.
   */
  public static final Set<String> RESERVED_TYPE_NAMES = Set.of(
      "Object", "String", "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean",
      "Character", "Number", "Void", "Math", "StrictMath", "System", "Runtime", "Thread",
      "Class", "ClassLoader", "Enum", "Record", "Iterable", "Comparable", "CharSequence",
      "Exception", "RuntimeException", "Error", "Throwable", "Override", "Deprecated",
      "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Process", "Package", "Module",
      "StringBuilder", "StringBuffer", "AutoCloseable", "Cloneable", "Readable", "Appendable",
      "Runnable", "ThreadLocal", "Compiler", "SecurityManager", "StackTraceElement",
      "Builder", "Generated", "List", "Map", "Set", "Optional", "Objects", "Collections");

  /** Method names every object has, plus the members generated models add. */
  public static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
      "hashCode", "toString", "getClass", "equals", "clone", "finalize", "notify", "notifyAll",
      "wait", "builder", "toBuilder", "additionalProperties", "build");

  private JavaNames() {}

  /** {@code list-contact-conversations} to {@code ListContactConversations}. */
  public static String typeName(String specName) {
    String joined = upperCamel(words(specName));
    if (joined.isEmpty()) {
      joined = "Unnamed";
    }
    if (!Character.isJavaIdentifierStart(joined.charAt(0))) {
      joined = "_" + joined;
    }
    return RESERVED_TYPE_NAMES.contains(joined) ? joined + "Model" : joined;
  }

  /** {@code _links} to {@code links}, {@code class} to {@code class_}, {@code 24h+} to {@code _24h}. */
  public static String memberName(String specName) {
    List<String> words = words(specName);
    String joined = lowerCamel(words);
    if (joined.isEmpty()) {
      joined = "value";
    }
    if (!Character.isJavaIdentifierStart(joined.charAt(0))) {
      joined = "_" + joined;
    }
    if (KEYWORDS.contains(joined) || RESERVED_MEMBER_NAMES.contains(joined)) {
      joined = joined + "_";
    }
    return joined;
  }

  /** {@code Captain::Assistant} to {@code CAPTAIN_ASSISTANT}, {@code 0-1h} to {@code _0_1H}. */
  public static String constantName(String specValue) {
    List<String> words = words(specValue);
    String joined = String.join("_", words).toUpperCase(Locale.ROOT);
    if (joined.isEmpty()) {
      joined = "EMPTY";
    }
    if (!Character.isJavaIdentifierStart(joined.charAt(0))) {
      joined = "_" + joined;
    }
    return joined;
  }

  /**
   * Splits a name into words at separators, at lower-to-upper changes ({@code contactId}) and
   * before the last capital of an acronym ({@code HTTPServer}). Names become file names too, and
   * only ASCII ones are safe on every file system: accents are dropped ({@code Café} to {@code
   * Cafe}), other non-ASCII letters and digits are left out, and all other characters separate
   * words.
   */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String folded = withoutAccents(name);
    int[] codePoints = folded.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (Character.isLetterOrDigit(c) && !isAsciiLetterOrDigit(c)) {
        continue;
      }
      if (!isAsciiLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && startsNewWord(codePoints, i)) {
        flush(word, words);
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    return words;
  }

  /** Combining marks, which an accented letter leaves after its base letter once decomposed. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * {@code name} without its accents. Names are ASCII almost always, and ASCII has none: those skip
   * the decomposition and the pattern, which are asked for every name of a spec.
   */
  private static String withoutAccents(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return name;
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean startsNewWord(int[] cps, int i) {
    int previous = cps[i - 1];
    int current = cps[i];
    if (Character.isUpperCase(current) && Character.isLowerCase(previous)) {
      return true;
    }
    if (Character.isUpperCase(current) && Character.isUpperCase(previous) && i + 1 < cps.length
        && Character.isLowerCase(cps[i + 1])) {
      return true;
    }
    return Character.isUpperCase(current) && Character.isDigit(previous);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  static String upperCamel(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(capitalize(word));
    }
    return out.toString();
  }

  static String lowerCamel(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    return out.toString();
  }

  /** First letter upper case, the rest lower case unless the word is all capitals. */
  private static String capitalize(String word) {
    boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT));
    String rest = allCaps && word.length() > 1
        ? word.substring(1).toLowerCase(Locale.ROOT)
        : word.substring(1);
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + rest;
  }

  /** A crude English singular for naming list items: {@code messages} to {@code message}. */
  public static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
