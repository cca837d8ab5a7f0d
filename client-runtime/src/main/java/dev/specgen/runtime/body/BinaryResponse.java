package dev.specgen.runtime.body;

import dev.specgen.runtime.http.HeaderMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A binary response body still on the wire (a download, an image): read it from {@link #body()},
 * or save it with {@link #writeTo(Path)}. The caller owns it and must close it; closing it before
 * the end closes the connection.
 *
 * <pre>{@code
 * try (BinaryResponse photo = client.downloadPhoto(request)) {
 *     photo.writeTo(Path.of("photo.png"));
 * }
 * }</pre>
 */
public final class BinaryResponse implements AutoCloseable {

  private final HeaderMap headers;
  private final InputStream body;

  /**
   * Wraps a response body.
   *
   * @param headers the response headers
   * @param body the body as it arrives
   */
  public BinaryResponse(HeaderMap headers, InputStream body) {
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * Returns the body; reading it reads from the connection.
   *
   * @return the stream, closed by {@link #close()}
   */
  public InputStream body() {
    return body;
  }

  /**
   * Returns the media type the server sent.
   *
   * @return the {@code Content-Type}, or empty
   */
  public Optional<String> contentType() {
    return headers.first("Content-Type");
  }

  /**
   * Returns the length the server announced.
   *
   * @return the {@code Content-Length}, or empty when the body is chunked
   */
  public OptionalLong contentLength() {
    try {
      return headers.first("Content-Length").map(v -> OptionalLong.of(Long.parseLong(v.trim())))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
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
   * Writes the rest of the body to a file, replacing it, and closes this response.
   *
   * @param file the file to write
   * @return the number of bytes written
   * @throws UncheckedIOException if reading or writing fails
   */
  public long writeTo(Path file) {
    try (InputStream in = body) {
      return Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the response body to " + file, e);
    }
  }

  /**
   * Reads the rest of the body into memory, for small bodies, and closes this response.
   *
   * @return the bytes
   * @throws UncheckedIOException if reading fails
   */
  public byte[] readAllBytes() {
    try (InputStream in = body) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the response body", e);
    }
  }

  /** Closes the body, and the connection if the body was not read to its end. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "BinaryResponse[" + contentType().orElse("unknown type") + "]";
  }
}
