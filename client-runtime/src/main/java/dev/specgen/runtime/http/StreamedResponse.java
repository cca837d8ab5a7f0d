package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A response whose body is still on the wire: status and headers have arrived, the body is read
 * from {@link #body()} as the caller consumes it. Closing it closes the body, and with it the
 * connection when the body was not read to its end.
 */
public final class StreamedResponse implements AutoCloseable {

  private final int status;
  private final HeaderMap headers;
  private final InputStream body;
  private final int requestsSent;

  /**
   * Creates a response.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body as it arrives
   */
  public StreamedResponse(int status, HeaderMap headers, InputStream body) {
    this(status, headers, body, 1);
  }

  /**
   * Creates a response that took more than one send to get.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body as it arrives
   * @param requestsSent how many times the request went on the wire to get this response, at least 1
   */
  public StreamedResponse(int status, HeaderMap headers, InputStream body, int requestsSent) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
    this.requestsSent = Math.max(1, requestsSent);
  }

  /**
   * Returns how many times the request was sent to get this response: more than 1 when the HTTP
   * client re-sent it by itself after a connection closed before any response.
   *
   * @return the number of sends, at least 1
   */
  public int requestsSent() {
    return requestsSent;
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
   * Returns the body stream; the caller reads and closes it.
   *
   * @return the body
   */
  public InputStream body() {
    return body;
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
   * Reads the rest of the body into memory, at most {@code limit} bytes, and closes the stream:
   * for error responses, whose bodies are small and read whole.
   *
   * @param limit the most bytes kept; the rest is dropped and the body marked truncated
   * @return the response with its body in memory
   * @throws IOException if reading fails
   */
  public TransportResponse readUpTo(int limit) throws IOException {
    try (InputStream in = body) {
      byte[] start = in.readNBytes(limit);
      // One byte more tells a body of exactly the limit from a longer one, without reading the rest.
      boolean truncated = in.read() >= 0;
      return new TransportResponse(status, headers, start, start.length, truncated, requestsSent);
    }
  }

  @Override
  public void close() throws IOException {
    body.close();
  }

  @Override
  public String toString() {
    return "StreamedResponse[" + status + ", headers=" + headers.names() + "]";
  }
}
