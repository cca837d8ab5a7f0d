package dev.specgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.http.TransportResponse;
import java.io.IOException;
import java.util.Optional;

/** Turns response bodies into the types an operation declares. */
final class ResponseDecoder {

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
      return response.body();
    }
    String text = response.bodyText();
    if (raw == String.class) {
      return text;
    }
    if (text.isBlank()) {
      return null;
    }
    return mapper.readValue(response.body(), type);
  }

  /**
   * Decodes an error body into its declared type. A body that does not decode leaves the typed
   * body absent rather than hiding the API's error behind a decoding one; its text stays
   * available.
   */
  Object decodeErrorBody(TransportResponse response, Optional<Class<?>> type) {
    if (type.isEmpty() || response.bodyText().isBlank()) {
      return null;
    }
    try {
      return mapper.readValue(response.body(), type.get());
    } catch (IOException e) {
      return null;
    }
  }
}
