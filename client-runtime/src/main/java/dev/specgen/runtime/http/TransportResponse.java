package dev.specgen.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP response as a transport received it: status, headers and the body, held in one array
 * that is never copied. {@link #body()} and {@link #bodyStream()} are read-only views of it.
 */
public final class TransportResponse {

  private static final byte[] NO_BODY = new byte[0];

  private final int status;
  private final HeaderMap headers;
  private final byte[] body;
  private final int length;
  private final boolean truncated;
  private final int requestsSent;

  /**
   * Creates a response that owns the given array: the caller must not change it afterwards.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body bytes, or null for none
   */
  public TransportResponse(int status, HeaderMap headers, byte[] body) {
    this(status, headers, body == null ? NO_BODY : body, body == null ? 0 : body.length, false, 1);
  }

  /**
   * Creates a response from the first {@code length} bytes of an array it takes ownership of.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the array holding the body
   * @param length how many bytes of the array are the body
   * @param truncated true if the body was longer and only its start was kept
   * @param requestsSent how many times the request went on the wire to get this response, at least 1
   */
  public TransportResponse(
      int status, HeaderMap headers, byte[] body, int length, boolean truncated, int requestsSent) {
    Objects.checkFromIndexSize(0, length, body.length);
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body;
    this.length = length;
    this.truncated = truncated;
    this.requestsSent = Math.max(1, requestsSent);
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
   * Returns a read-only view of the body; nothing is copied.
   *
   * @return the body, empty if there was none
   */
  public ByteBuffer body() {
    return ByteBuffer.wrap(body, 0, length).slice().asReadOnlyBuffer();
  }

  /**
   * Returns the body as a stream over the same bytes; nothing is copied.
   *
   * @return a new stream positioned at the start of the body
   */
  public InputStream bodyStream() {
    return new ByteArrayInputStream(body, 0, length);
  }

  /**
   * Returns the body's length.
   *
   * @return the number of bytes held
   */
  public int bodyLength() {
    return length;
  }

  /**
   * Tells whether only the start of the body was kept, as for error bodies over their limit.
   *
   * @return true if the body was cut
   */
  public boolean isBodyTruncated() {
    return truncated;
  }

  /**
   * Returns how many times the request went on the wire to get this response. It is 1 unless the
   * HTTP client re-sent the request by itself after a connection closed before any response.
   *
   * @return at least 1
   */
  public int requestsSent() {
    return requestsSent;
  }

  /**
   * Decodes the body as text in {@link #charset()}.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, 0, length, charset());
  }

  /**
   * Decodes at most the first {@code maxBytes} bytes of the body as text, for messages and
   * excerpts. A character cut at the end decodes to a replacement character.
   *
   * @param maxBytes how many bytes to decode at most
   * @return the start of the body text
   */
  public String bodyTextPrefix(int maxBytes) {
    return new String(body, 0, Math.min(length, Math.max(0, maxBytes)), charset());
  }

  /**
   * Tells whether the status is in the 2xx range.
   *
   * @return true for 200 to 299
   */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /**
   * Returns the charset the {@code Content-Type} names, or UTF-8 (the JSON default) when it names
   * none or one this JVM lacks.
   *
   * @return the body's charset
   */
  public Charset charset() {
    String contentType = headers.first("Content-Type").orElse("");
    for (String part : contentType.split(";")) {
      String trimmed = part.trim();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return charsetNamed(trimmed.substring("charset=".length()).replace("\"", "").trim());
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
    return "TransportResponse[" + status + ", headers=" + headers.names() + ", " + length + " bytes"
        + (truncated ? " (cut)" : "") + "]";
  }
}
