package dev.specgen.ir;

import java.util.Map;
import java.util.Optional;

/**
 * A body in one media type.
 *
 * @param mediaType e.g. {@code application/json}
 * @param type the body's type ({@link TypeRef.Any} when the spec gives no schema)
 * @param example the spec's example, if any
 * @param encoding the Encoding Objects of a form or multipart body, by property name
 */
public record MediaType(String mediaType, TypeRef type, Optional<JsonValue> example, Map<String, Encoding> encoding) {

  public MediaType {
    encoding = Map.copyOf(encoding);
  }

  /** A body without Encoding Objects. */
  public MediaType(String mediaType, TypeRef type, Optional<JsonValue> example) {
    this(mediaType, type, example, Map.of());
  }

  /** How the body is sent, by its media type. */
  public MediaKind kind() {
    return MediaKind.of(mediaType);
  }

  /**
   * How one property of a form or multipart body is encoded.
   *
   * @param contentType the part's content type ({@code contentType}), for multipart bodies
   * @param style the form style ({@code form}, {@code spaceDelimited}, {@code pipeDelimited},
   *     {@code deepObject}), for form bodies
   * @param explode whether arrays and objects are exploded, for form bodies
   */
  public record Encoding(Optional<String> contentType, Optional<String> style, Optional<Boolean> explode) {}
}
