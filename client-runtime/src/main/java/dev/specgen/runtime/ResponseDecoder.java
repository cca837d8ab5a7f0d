package dev.specgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.http.TransportResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Turns response bodies into the types an operation declares. JSON is parsed straight from the
 * response's one buffer, never from a copy of it, in the charset its {@code Content-Type} names.
 */
final class ResponseDecoder {

  /** Charsets Jackson detects from the bytes themselves; others are decoded through a reader. */
  private static final Set<Charset> DETECTED_BY_JACKSON =
      Set.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

  private final ObjectMapper mapper;

  ResponseDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Decodes a success body. {@code Void} ignores the body, {@code String} and {@code byte[]} take
   * it as it is, and an empty body decodes to null, as a 204 has none.
   */
  Object decodeBody(TransportResponse response, JavaType type) throws IOException {
    Class<?> raw = type.getRawClass();
    if (raw == Void.class || raw == void.class) {
      return null;
    }
    if (raw == byte[].class) {
      return copyOf(response.body());
    }
    if (raw == String.class) {
      return response.bodyText();
    }
    if (isBlank(response.body())) {
      return null;
    }
    return readJson(response, type);
  }

  /**
   * Decodes an error body into its declared type. A body that does not decode leaves the typed
   * body absent rather than hiding the API's error behind a decoding one; its text stays
   * available.
   */
  Object decodeErrorBody(TransportResponse response, Optional<Class<?>> type) {
    if (type.isEmpty() || response.isBodyTruncated() || isBlank(response.body())) {
      return null;
    }
    try {
      return readJson(response, mapper.constructType(type.get()));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private Object readJson(TransportResponse response, JavaType type) throws IOException {
    Charset charset = response.charset();
    if (DETECTED_BY_JACKSON.contains(charset)) {
      return mapper.readValue(response.bodyStream(), type);
    }
    return mapper.readValue(new InputStreamReader(response.bodyStream(), charset), type);
  }

  /** Whitespace only (NUL counts, for UTF-16 text) is no body, as an empty one is not. */
  private static boolean isBlank(ByteBuffer body) {
    for (int i = body.position(); i < body.limit(); i++) {
      byte b = body.get(i);
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] copyOf(ByteBuffer body) {
    byte[] bytes = new byte[body.remaining()];
    body.get(bytes);
    return bytes;
  }
}
