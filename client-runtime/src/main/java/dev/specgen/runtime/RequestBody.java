package dev.specgen.runtime;

import dev.specgen.runtime.body.BinaryData;
import dev.specgen.runtime.body.MultipartBody;
import dev.specgen.runtime.param.QueryStyle;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a request, in one of the forms an OpenAPI operation can take: a value written as
 * JSON (under any {@code +json} content type), a form ({@code application/x-www-form-urlencoded}),
 * a multipart form, binary data, text, or bytes sent as given.
 */
public final class RequestBody {

  /** The form a body takes on the wire. */
  public enum Kind {
    /** A value the client's mapper writes as JSON. */
    JSON,
    /** A value whose properties are URL-encoded as {@code name=value} pairs. */
    FORM,
    /** A {@link MultipartBody}, streamed. */
    MULTIPART,
    /** {@link BinaryData}, streamed. */
    BINARY,
    /** Bytes sent as given (text bodies included). */
    RAW
  }

  private final Kind kind;
  private final Object value;
  private final String contentType;
  private final Map<String, QueryStyle> formStyles;

  private RequestBody(Kind kind, Object value, String contentType, Map<String, QueryStyle> formStyles) {
    this.kind = kind;
    this.value = value;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.formStyles = Map.copyOf(formStyles);
  }

  /**
   * A body written as JSON by the client's mapper.
   *
   * @param value the value to serialize
   * @return the body
   */
  public static RequestBody json(Object value) {
    return json(value, "application/json");
  }

  /**
   * A body written as JSON and sent under another JSON content type, such as {@code
   * application/merge-patch+json}.
   *
   * @param value the value to serialize
   * @param contentType the media type sent as {@code Content-Type}
   * @return the body
   */
  public static RequestBody json(Object value, String contentType) {
    return new RequestBody(Kind.JSON, Objects.requireNonNull(value, "value"), contentType, Map.of());
  }

  /**
   * A body sent as given.
   *
   * @param bytes the bytes
   * @param contentType the media type, e.g. {@code application/octet-stream}
   * @return the body
   */
  public static RequestBody raw(byte[] bytes, String contentType) {
    return new RequestBody(Kind.RAW, Objects.requireNonNull(bytes, "bytes").clone(), contentType, Map.of());
  }

  /**
   * A text body, sent as UTF-8; a {@code text/*} content type without a charset gets {@code
   * charset=UTF-8} added.
   *
   * @param text the text
   * @param contentType the media type, e.g. {@code text/plain}
   * @return the body
   */
  public static RequestBody text(String text, String contentType) {
    Objects.requireNonNull(contentType, "contentType");
    boolean needsCharset = contentType.startsWith("text/") && !contentType.toLowerCase(java.util.Locale.ROOT).contains("charset=");
    return new RequestBody(Kind.RAW, Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8),
        needsCharset ? contentType + "; charset=UTF-8" : contentType, Map.of());
  }

  /**
   * A form body ({@code application/x-www-form-urlencoded}): each property of the value's JSON form
   * becomes {@code name=value} pairs, by the style its Encoding Object gives ({@code form} with
   * {@code explode: true} when none is given).
   *
   * @param value the object whose properties are the fields
   * @param styles the style of each property that has one
   * @return the body
   */
  public static RequestBody form(Object value, Map<String, QueryStyle> styles) {
    return new RequestBody(Kind.FORM, Objects.requireNonNull(value, "value"),
        "application/x-www-form-urlencoded", styles);
  }

  /**
   * A multipart form, streamed; the {@code Content-Type} gets its boundary when sent.
   *
   * @param body the parts
   * @return the body
   */
  public static RequestBody multipart(MultipartBody body) {
    return new RequestBody(Kind.MULTIPART, Objects.requireNonNull(body, "body"), "multipart/form-data", Map.of());
  }

  /**
   * Binary data, streamed. The data's own content type wins over {@code contentType}.
   *
   * @param data the data
   * @param contentType the media type the spec declares, e.g. {@code application/octet-stream}
   * @return the body
   */
  public static RequestBody binary(BinaryData data, String contentType) {
    Objects.requireNonNull(data, "data");
    return new RequestBody(Kind.BINARY, data, data.contentType().orElse(contentType), Map.of());
  }

  /**
   * Returns the form of the body.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Tells whether the body is a value to serialize as JSON.
   *
   * @return true for {@link #json(Object)} bodies
   */
  public boolean isJson() {
    return kind == Kind.JSON;
  }

  /**
   * Returns the value to serialize.
   *
   * @return the value of a JSON or form body, or null for other kinds
   */
  public Object jsonValue() {
    return kind == Kind.JSON || kind == Kind.FORM ? value : null;
  }

  /**
   * Returns a copy of the raw bytes.
   *
   * @return the bytes of a raw or text body, or null for other kinds
   */
  public byte[] bytes() {
    return kind == Kind.RAW ? ((byte[]) value).clone() : null;
  }

  /**
   * Returns the parts of a multipart body.
   *
   * @return the parts, or null for other kinds
   */
  public MultipartBody multipart() {
    return kind == Kind.MULTIPART ? (MultipartBody) value : null;
  }

  /**
   * Returns the data of a binary body.
   *
   * @return the data, or null for other kinds
   */
  public BinaryData binary() {
    return kind == Kind.BINARY ? (BinaryData) value : null;
  }

  /**
   * Returns the styles of a form body's fields.
   *
   * @return field names to styles; fields not listed use {@code form} with {@code explode: true}
   */
  public Map<String, QueryStyle> formStyles() {
    return formStyles;
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
    return kind == Kind.RAW
        ? "RequestBody[" + contentType + ", " + ((byte[]) value).length + " bytes]"
        : "RequestBody[" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", " + contentType + "]";
  }
}
