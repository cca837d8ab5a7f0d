package dev.specgen.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Building and splitting JSON pointers (RFC 6901), including their URI-fragment form. */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * The pointer of a child: {@code parent + "/" + escaped token}. Every node of a spec gets one, so
   * the usual token, which needs no escape, is copied once into a string built at its final size.
   */
  public static String child(String parent, String token) {
    String escaped = token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token
        : token.replace("~", "~0").replace("/", "~1");
    return new StringBuilder(parent.length() + 1 + escaped.length())
        .append(parent).append('/').append(escaped).toString();
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * The reference tokens of a pointer taken from a URI fragment: percent-decoded first, then
   * {@code ~1} and {@code ~0} unescaped, in that order.
   *
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}, or
   *     holds a bad escape
   */
  public static List<String> parseFragment(String fragment) {
    String pointer = percentDecode(fragment);
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer must start with '/'");
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(unescape(raw));
    }
    return tokens;
  }

  private static String unescape(String token) {
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '~') {
        out.append(c);
        continue;
      }
      char next = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
      if (next == '0') {
        out.append('~');
      } else if (next == '1') {
        out.append('/');
      } else {
        throw new IllegalArgumentException("'~' must be followed by 0 or 1 in a JSON pointer");
      }
      i++;
    }
    return out.toString();
  }

  /** Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus sign. */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException("incomplete percent-escape in '" + text + "'");
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("bad percent-escape in '" + text + "'");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        int codePoint = text.codePointAt(i);
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(codePoint) - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
