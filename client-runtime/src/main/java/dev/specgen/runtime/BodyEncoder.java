package dev.specgen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.body.BinaryData;
import dev.specgen.runtime.http.StreamingBody;
import dev.specgen.runtime.param.ParameterSerializer;
import dev.specgen.runtime.param.QueryStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Turns a {@link RequestBody} into what goes on the wire: small bodies (JSON, forms, text) as
 * bytes, multipart forms and binary data as a {@link StreamingBody} read while it is sent.
 */
final class BodyEncoder {

  private final ObjectMapper mapper;
  private final ParameterSerializer parameters;

  BodyEncoder(ObjectMapper mapper, ParameterSerializer parameters) {
    this.mapper = mapper;
    this.parameters = parameters;
  }

  /**
   * A body ready to send: exactly one of {@code bytes} and {@code stream} is set, except for
   * {@link #NONE}.
   */
  record EncodedBody(byte[] bytes, StreamingBody stream, String contentType) {
    static final EncodedBody NONE = new EncodedBody(null, null, null);
  }

  EncodedBody encode(RequestBody body) {
    return switch (body.kind()) {
      case JSON -> new EncodedBody(json(body.jsonValue()), null, body.contentType());
      case FORM -> new EncodedBody(form(body.jsonValue(), body.formStyles()), null, body.contentType());
      case RAW -> new EncodedBody(body.bytes(), null, body.contentType());
      case BINARY -> new EncodedBody(null, binary(body.binary()), body.contentType());
      case MULTIPART -> multipart(body);
    };
  }

  private byte[] json(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot serialize the request body of type " + value.getClass().getName(), e);
    }
  }

  /** Each property of the value's JSON form, by its style; absent and null properties send nothing. */
  private byte[] form(Object value, Map<String, QueryStyle> styles) {
    JsonNode tree = mapper.valueToTree(value);
    if (!tree.isObject()) {
      throw new IllegalArgumentException("A form body must be an object, not " + tree.getNodeType());
    }
    List<String> pairs = new ArrayList<>();
    tree.properties().forEach(field -> pairs.addAll(parameters.queryPairs(
        field.getKey(), field.getValue(), styles.getOrDefault(field.getKey(), QueryStyle.FORM))));
    return String.join("&", pairs).getBytes(StandardCharsets.US_ASCII);
  }

  private EncodedBody multipart(RequestBody body) {
    String boundary = "specgen-" + UUID.randomUUID();
    try {
      return new EncodedBody(null, body.multipart().encode(mapper, boundary),
          body.contentType() + "; boundary=" + boundary);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialize a part of the multipart body", e);
    }
  }

  private static StreamingBody binary(BinaryData data) {
    return new StreamingBody() {
      @Override
      public InputStream open() throws IOException {
        return data.open();
      }

      @Override
      public OptionalLong length() {
        return data.length();
      }
    };
  }

}
