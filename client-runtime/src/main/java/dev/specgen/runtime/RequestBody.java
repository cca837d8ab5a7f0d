package dev.specgen.runtime;

import java.util.Objects;

/** The body of a request: a value to write as JSON, or bytes with their content type. */
public final class RequestBody {

  private final Object jsonValue;
  private final byte[] bytes;
  private final String contentType;

  private RequestBody(Object jsonValue, byte[] bytes, String contentType) {
    this.jsonValue = jsonValue;
    this.bytes = bytes;
    this.contentType = contentType;
  }

  /**
   * A body written as JSON by the client's mapper.
   *
   * @param value the value to serialize
   * @return the body
   */
  public static RequestBody json(Object value) {
    return new RequestBody(Objects.requireNonNull(value, "value"), null, "application/json");
  }

  /**
   * A body sent as given.
   *
   * @param bytes the bytes
   * @param contentType the media type, e.g. {@code application/octet-stream}
   * @return the body
   */
  public static RequestBody raw(byte[] bytes, String contentType) {
    return new RequestBody(null, Objects.requireNonNull(bytes, "bytes").clone(), Objects.requireNonNull(contentType, "contentType"));
  }

  /**
   * Tells whether the body is a value to serialize as JSON.
   *
   * @return true for {@link #json(Object)} bodies
   */
  public boolean isJson() {
    return jsonValue != null;
  }

  /**
   * Returns the value to serialize.
   *
   * @return the value, or null for a raw body
   */
  public Object jsonValue() {
    return jsonValue;
  }

  /**
   * Returns a copy of the raw bytes.
   *
   * @return the bytes, or null for a JSON body
   */
  public byte[] bytes() {
    return bytes == null ? null : bytes.clone();
  }

  /**
   * Returns the media type sent as {@code Content-Type}.
   *
   * @return the content type
   */
  public String contentType() {
    return contentType;
  }

  /** Shows only the kind of body: its content may be sensitive. */
  @Override
  public String toString() {
    return isJson() ? "RequestBody[json]" : "RequestBody[" + contentType + ", " + bytes.length + " bytes]";
  }
}
