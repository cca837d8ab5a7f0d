package dev.specgen.runtime.body;

import dev.specgen.runtime.http.StreamingBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Lays a multipart body out as a list of segments: part headers and small values as bytes, files
 * as {@link BinaryData} opened only when the reader reaches them.
 */
final class MultipartEncoder {

  private final String boundary;
  private final List<Object> segments = new ArrayList<>();

  MultipartEncoder(String boundary) {
    this.boundary = boundary;
  }

  void addText(String name, String value) {
    segments.add(header(name, null, null));
    segments.add(value.getBytes(StandardCharsets.UTF_8));
    segments.add(crlf());
  }

  void addBytes(String name, byte[] value, String contentType) {
    segments.add(header(name, null, contentType));
    segments.add(value);
    segments.add(crlf());
  }

  void addFile(String name, BinaryData data) {
    String fileName = data.fileName().orElse(name);
    segments.add(header(name, fileName, data.contentType().orElse("application/octet-stream")));
    segments.add(data);
    segments.add(crlf());
  }

  StreamingBody finish() {
    segments.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    List<Object> laidOut = List.copyOf(segments);
    return new StreamingBody() {
      @Override
      public InputStream open() {
        return new SegmentInputStream(laidOut);
      }

      @Override
      public OptionalLong length() {
        return totalLength(laidOut);
      }
    };
  }

  private byte[] header(String name, String fileName, String contentType) {
    StringBuilder header = new StringBuilder("--").append(boundary).append("\r\n");
    header.append("Content-Disposition: form-data; name=\"").append(quoted(name)).append('"');
    if (fileName != null) {
      header.append("; filename=\"").append(quoted(fileName)).append('"');
    }
    header.append("\r\n");
    if (contentType != null) {
      header.append("Content-Type: ").append(contentType.replaceAll("[\r\n]", "")).append("\r\n");
    }
    return header.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Quotes as HTML forms do: a quote or line break cannot end the header or start another. */
  private static String quoted(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static byte[] crlf() {
    return new byte[] {'\r', '\n'};
  }

  private static OptionalLong totalLength(List<Object> segments) {
    long total = 0;
    for (Object segment : segments) {
      if (segment instanceof byte[] bytes) {
        total += bytes.length;
      } else {
        OptionalLong length = ((BinaryData) segment).length();
        if (length.isEmpty()) {
          return OptionalLong.empty();
        }
        total += length.getAsLong();
      }
    }
    return OptionalLong.of(total);
  }

  /** Reads the segments one after the other, opening each file only when it is reached. */
  private static final class SegmentInputStream extends InputStream {
    private final List<Object> segments;
    private int next;
    private InputStream current;

    SegmentInputStream(List<Object> segments) {
      this.segments = segments;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int read = read(one, 0, 1);
      return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (true) {
        if (current == null && !openNext()) {
          return -1;
        }
        int read = current.read(buffer, offset, length);
        if (read >= 0) {
          return read;
        }
        current.close();
        current = null;
      }
    }

    private boolean openNext() throws IOException {
      if (next == segments.size()) {
        return false;
      }
      Object segment = segments.get(next++);
      current = segment instanceof byte[] bytes ? new ByteArrayInputStream(bytes) : ((BinaryData) segment).open();
      return true;
    }

    @Override
    public void close() throws IOException {
      if (current != null) {
        current.close();
        current = null;
      }
      next = segments.size();
    }
  }
}
