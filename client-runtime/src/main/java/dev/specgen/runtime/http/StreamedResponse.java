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

  /**
   * Creates a response.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body as it arrives
   */
  public StreamedResponse(int status, HeaderMap headers, InputStream body) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
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
   * @param limit the most bytes kept; the rest is dropped
   * @return the response with its body in memory
   * @throws IOException if reading fails
   */
  public TransportResponse readUpTo(int limit) throws IOException {
    try (InputStream in = body) {
      return new TransportResponse(status, headers, in.readNBytes(limit));
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
