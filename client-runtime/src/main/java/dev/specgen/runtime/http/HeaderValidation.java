package dev.specgen.runtime.http;

/**
 * Checks header names and values before they reach the wire. A CR or LF in a value would let the
 * value start a new header or end the header block (header injection), so it is refused. The
 * value itself is never echoed, because it may be a credential.
 */
public final class HeaderValidation {

  private HeaderValidation() {}

  /**
   * Refuses a header name that is not an RFC 9110 token.
   *
   * @param name the header name
   * @return the name, unchanged
   * @throws IllegalArgumentException if the name is null, empty or has a character outside the
   *     token set
   */
  public static String requireValidName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("Header name must not be null or empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException(
            "Header name '" + printable(name) + "' contains a character not allowed in a header name");
      }
    }
    return name;
  }

  /**
   * Refuses a header value that contains a CR, LF or NUL character.
   *
   * @param name the header name, used in the error message
   * @param value the value to check
   * @return the value, unchanged
   * @throws IllegalArgumentException naming the header, never showing the value
   */
  public static String requireSafeValue(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("Header '" + name + "' must not have a null value");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == '\0') {
        throw new IllegalArgumentException(
            "Header '" + name + "' has a value containing a CR, LF or NUL character; refusing to send it");
      }
    }
    return value;
  }

  private static boolean isTokenChar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  /** Keeps a bad name readable in a message without letting it break the message's line. */
  private static String printable(String name) {
    return name.replace("\r", "\\r").replace("\n", "\\n");
  }
}
