package dev.specgen.runtime.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;

/** An HTTP response as a transport received it: status, headers and the whole body. */
public final class TransportResponse {

  private final int status;
  private final HeaderMap headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body bytes, or null for none
   */
  public TransportResponse(int status, HeaderMap headers, byte[] body) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? new byte[0] : body.clone();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public HeaderMap headers() {
    return headers;
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the body, empty if there was none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Decodes the body as text, using the charset the {@code Content-Type} names or UTF-8 (the JSON
   * default) when it names none or one this JVM lacks.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, charset());
  }

  /**
   * Tells whether the status is in the 2xx range.
   *
   * @return true for 200 to 299
   */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  private Charset charset() {
    String contentType = headers.first("Content-Type").orElse("");
    for (String part : contentType.split(";")) {
      String trimmed = part.trim();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return charsetNamed(trimmed.substring("charset=".length()).replace("\"", ""));
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  @Override
  public String toString() {
    return "TransportResponse[" + status + ", headers=" + headers.names() + ", " + body.length + " bytes]";
  }
}
