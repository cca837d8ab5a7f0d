package dev.specgen.runtime.param;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986 §2.1) of UTF-8 text. Everything but the unreserved characters is
 * encoded, which is stricter than the RFC requires but means no value can ever be read as a
 * delimiter.
 */
public final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * Encodes every character except {@code A-Z a-z 0-9 - . _ ~}.
   *
   * @param text the text to encode
   * @return the encoded text
   */
  public static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Encodes a value that will be exactly one path segment. Besides {@link #encode(String)}, a
   * segment that is exactly {@code .} or {@code ..} has its dots encoded, because otherwise URL
   * normalization (by the client, a proxy or the server) would treat it as a dot-segment and move
   * the request to another path.
   *
   * @param value the raw segment value
   * @return the encoded segment
   */
  public static String encodePathSegment(String value) {
    return protectDotSegment(encode(value));
  }

  /**
   * Encodes the dots of an already-encoded segment that is exactly {@code .} or {@code ..}.
   *
   * @param encodedSegment an encoded path segment
   * @return the segment, safe from dot-segment removal
   */
  public static String protectDotSegment(String encodedSegment) {
    if (encodedSegment.equals(".") || encodedSegment.equals("..")) {
      return encodedSegment.replace(".", "%2E");
    }
    return encodedSegment;
  }

  private static boolean isUnreserved(int c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
