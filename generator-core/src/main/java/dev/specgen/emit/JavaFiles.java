package dev.specgen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/**
 * Renders generated types as source text, the same way for every emitter: a {@code // Source:}
 * comment naming where the type came from, four-space indent, no {@code java.lang} imports.
 */
public final class JavaFiles {

  private JavaFiles() {}

  /** The source text of {@code type} in {@code packageName}; {@code source} is e.g. {@code front.yaml#/paths/...}. */
  public static String render(String packageName, TypeSpec type, String source) {
    return JavaFile.builder(packageName, type)
        .addFileComment("Source: $L", commentSafe(source))
        .skipJavaLangImports(true)
        .indent("    ")
        .build()
        .toString();
  }

  /**
   * Text safe in a line comment: javac reads a backslash-u sequence as a character even in
   * comments, and a carriage return ends the comment, so backslashes are doubled and control
   * characters percent-encoded (as a URI fragment would have them).
   */
  public static String commentSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c < 0x20 || c == 0x7f) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
