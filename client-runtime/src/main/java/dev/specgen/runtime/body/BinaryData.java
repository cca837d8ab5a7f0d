package dev.specgen.runtime.body;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bytes to upload, as a file part of a multipart form or as a whole binary body: read from a
 * {@link Path}, an {@link InputStream} or a {@code byte[]} only while the request is sent, never
 * copied into memory first. A file name and a content type go with it.
 *
 * <pre>{@code
 * BinaryData photo = BinaryData.of(Path.of("cat.png")).withContentType("image/png");
 * }</pre>
 *
 * <p>Data from a path or an array can be sent again when a call is retried; data from a stream
 * can be sent once, and a retry that needs it again fails with a clear message.
 */
public final class BinaryData {

  private final Source source;
  private final String fileName;
  private final String contentType;

  private BinaryData(Source source, String fileName, String contentType) {
    this.source = source;
    this.fileName = fileName;
    this.contentType = contentType;
  }

  /**
   * Data read from a file; its file name is the path's last element.
   *
   * @param path the file
   * @return the data, with content type {@code application/octet-stream} until set otherwise
   */
  public static BinaryData of(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    return new BinaryData(new FileSource(path), name == null ? null : name.toString(), null);
  }

  /**
   * Data held in an array (not copied: do not change it until the call has completed).
   *
   * @param bytes the bytes
   * @return the data
   */
  public static BinaryData of(byte[] bytes) {
    return new BinaryData(new ArraySource(Objects.requireNonNull(bytes, "bytes")), null, null);
  }

  /**
   * Data read from a stream of unknown length, sent chunked. The call closes the stream.
   *
   * @param stream the stream
   * @return the data
   */
  public static BinaryData of(InputStream stream) {
    return new BinaryData(new StreamSource(Objects.requireNonNull(stream, "stream"), -1), null, null);
  }

  /**
   * Data read from a stream of known length, sent with that {@code Content-Length}. The call
   * closes the stream.
   *
   * @param stream the stream
   * @param length the number of bytes it holds
   * @return the data
   */
  public static BinaryData of(InputStream stream, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    return new BinaryData(new StreamSource(Objects.requireNonNull(stream, "stream"), length), null, null);
  }

  /**
   * Returns a copy with a file name, sent in a multipart part's {@code Content-Disposition}.
   *
   * @param name the file name
   * @return the copy
   */
  public BinaryData withFileName(String name) {
    return new BinaryData(source, Objects.requireNonNull(name, "name"), contentType);
  }

  /**
   * Returns a copy with a content type.
   *
   * @param type the media type, e.g. {@code image/png}
   * @return the copy
   */
  public BinaryData withContentType(String type) {
    return new BinaryData(source, fileName, Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns the file name.
   *
   * @return the name, or empty when none was given
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /**
   * Returns the content type.
   *
   * @return the media type, or empty when none was given
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns the length, when known before reading.
   *
   * @return the number of bytes, or empty
   */
  public OptionalLong length() {
    return source.length();
  }

  /**
   * Opens the bytes for reading.
   *
   * @return a stream the caller closes
   * @throws IOException if the source cannot be read, or is a stream already read
   */
  public InputStream open() throws IOException {
    return source.open();
  }

  /** Shows the kind of source, name and type only. */
  @Override
  public String toString() {
    return "BinaryData[" + source.getClass().getSimpleName() + ", " + fileName + ", " + contentType + "]";
  }

  private interface Source {
    InputStream open() throws IOException;

    OptionalLong length();
  }

  private record FileSource(Path path) implements Source {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public OptionalLong length() {
      try {
        return OptionalLong.of(Files.size(path));
      } catch (IOException e) {
        return OptionalLong.empty(); // the read that follows reports the problem
      }
    }
  }

  private record ArraySource(byte[] bytes) implements Source {
    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public OptionalLong length() {
      return OptionalLong.of(bytes.length);
    }
  }

  private static final class StreamSource implements Source {
    private final InputStream stream;
    private final long length;
    private final AtomicBoolean opened = new AtomicBoolean();

    StreamSource(InputStream stream, long length) {
      this.stream = stream;
      this.length = length;
    }

    @Override
    public InputStream open() throws IOException {
      if (opened.getAndSet(true)) {
        throw new IOException("an InputStream body can be sent once only; give a Path or a byte[] "
            + "to allow retries");
      }
      return stream;
    }

    @Override
    public OptionalLong length() {
      return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
    }
  }
}
