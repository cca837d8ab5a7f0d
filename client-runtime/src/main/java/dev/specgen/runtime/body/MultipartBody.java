package dev.specgen.runtime.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.specgen.runtime.http.StreamingBody;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body, built part by part and sent as it is read: file parts stream
 * from their source while the request goes out, so a large upload never sits in memory.
 *
 * <pre>{@code
 * MultipartBody body = MultipartBody.builder()
 *     .text("caption", "A cat")
 *     .file("photo", BinaryData.of(Path.of("cat.png")).withContentType("image/png"))
 *     .json("metadata", Map.of("tags", List.of("cat")))
 *     .build();
 * }</pre>
 *
 * <p>Null values add no part, and a list adds one part per item, under the same name.
 */
public final class MultipartBody implements MultipartForm {

  private final List<Part> parts;

  private MultipartBody(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * Starts an empty body.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns this body itself. */
  @Override
  public MultipartBody toMultipartBody() {
    return this;
  }

  /**
   * Returns the parts' names, in order.
   *
   * @return the names
   */
  public List<String> partNames() {
    return parts.stream().map(Part::name).toList();
  }

  /**
   * Encodes the body for sending: small parts (text, JSON) are written now, files are read only
   * while the request is sent.
   *
   * @param mapper the mapper that writes JSON parts and text values
   * @param boundary the boundary between parts, as in the {@code Content-Type}
   * @return the body to stream
   * @throws IOException if a JSON part cannot be written
   */
  public StreamingBody encode(ObjectMapper mapper, String boundary) throws IOException {
    MultipartEncoder encoder = new MultipartEncoder(boundary);
    for (Part part : parts) {
      part.writeTo(encoder, mapper);
    }
    return encoder.finish();
  }

  /** Lists the part names only: values may be sensitive. */
  @Override
  public String toString() {
    return "MultipartBody" + partNames();
  }

  /** One named value of the form, written when the body is encoded. */
  private interface Part {
    String name();

    void writeTo(MultipartEncoder encoder, ObjectMapper mapper) throws IOException;
  }

  private record TextPart(String name, Object value) implements Part {
    @Override
    public void writeTo(MultipartEncoder encoder, ObjectMapper mapper) {
      JsonNode node = mapper.valueToTree(value);
      encoder.addText(name, node.isValueNode() ? node.asText() : node.toString());
    }
  }

  private record JsonPart(String name, Object value, String contentType) implements Part {
    @Override
    public void writeTo(MultipartEncoder encoder, ObjectMapper mapper) throws IOException {
      encoder.addBytes(name, mapper.writeValueAsBytes(value), contentType);
    }
  }

  private record FilePart(String name, BinaryData data) implements Part {
    @Override
    public void writeTo(MultipartEncoder encoder, ObjectMapper mapper) {
      encoder.addFile(name, data);
    }
  }

  /** An object sent as bracketed parts ({@code profile[name]}, {@code profile[avatar]}). */
  private record NestedPart(String name, Object value) implements Part {
    @Override
    public void writeTo(MultipartEncoder encoder, ObjectMapper mapper) {
      writeNode(encoder, name, mapper.valueToTree(value));
    }

    private static void writeNode(MultipartEncoder encoder, String name, JsonNode node) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return;
      }
      if (node instanceof BinaryNode binary) {
        encoder.addFile(name, BinaryData.of(binary.binaryValue()).withFileName(lastName(name)));
      } else if (node instanceof POJONode pojo && pojo.getPojo() instanceof BinaryData data) {
        encoder.addFile(name, data);
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          writeNode(encoder, name + "[" + field.getKey() + "]", field.getValue());
        }
      } else if (node.isArray()) {
        node.forEach(item -> writeNode(encoder, name + "[]", item));
      } else {
        encoder.addText(name, node.asText());
      }
    }

    private static String lastName(String name) {
      int open = name.lastIndexOf('[');
      return open < 0 ? name : name.substring(open + 1, name.length() - 1);
    }
  }

  /** Builds a {@link MultipartBody}. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a plain field: a string, number, boolean or enum, as its text. A list adds one part per
     * item.
     *
     * @param name the part name
     * @param value the value, or null for no part
     * @return this builder
     */
    public Builder text(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value instanceof Iterable<?> items) {
        items.forEach(item -> text(name, item));
      } else if (value != null) {
        parts.add(new TextPart(name, value));
      }
      return this;
    }

    /**
     * Adds a part holding a value written as JSON, with content type {@code application/json}.
     *
     * @param name the part name
     * @param value the value, or null for no part
     * @return this builder
     */
    public Builder json(String name, Object value) {
      return json(name, value, "application/json");
    }

    /**
     * Adds a part holding a value written as JSON, with the given content type.
     *
     * @param name the part name
     * @param value the value, or null for no part
     * @param contentType the part's content type, e.g. {@code application/json}
     * @return this builder
     */
    public Builder json(String name, Object value, String contentType) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        parts.add(new JsonPart(name, value, Objects.requireNonNull(contentType, "contentType")));
      }
      return this;
    }

    /**
     * Adds a file part.
     *
     * @param name the part name
     * @param data the file, or null for no part
     * @return this builder
     */
    public Builder file(String name, BinaryData data) {
      Objects.requireNonNull(name, "name");
      if (data != null) {
        parts.add(new FilePart(name, data));
      }
      return this;
    }

    /**
     * Adds a file part whose content type, unless the data names one, is {@code contentType}: the
     * type the spec's Encoding Object gives the part.
     *
     * @param name the part name
     * @param data the file, or null for no part
     * @param contentType the content type to send when the data has none
     * @return this builder
     */
    public Builder file(String name, BinaryData data, String contentType) {
      return file(name, data == null || data.contentType().isPresent() ? data : data.withContentType(contentType));
    }

    /**
     * Adds one file part per item, all under the same name, each with {@code contentType} unless
     * it names its own.
     *
     * @param name the part name
     * @param files the files, or null for none
     * @param contentType the content type to send when a file has none
     * @return this builder
     */
    public Builder files(String name, List<BinaryData> files, String contentType) {
      if (files != null) {
        files.forEach(file -> file(name, file, contentType));
      }
      return this;
    }

    /**
     * Adds one file part per item, all under the same name.
     *
     * @param name the part name
     * @param files the files, or null for none
     * @return this builder
     */
    public Builder files(String name, List<BinaryData> files) {
      if (files != null) {
        files.forEach(file -> file(name, file));
      }
      return this;
    }

    /**
     * Adds an object as bracketed parts, as Rails and PHP read nested form fields: {@code
     * profile[name]}, {@code profile[avatar]} (a {@code byte[]} or {@link BinaryData} property
     * becomes a file part).
     *
     * @param name the name of the object
     * @param value the object, or null for no parts
     * @return this builder
     */
    public Builder nested(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        parts.add(new NestedPart(name, value));
      }
      return this;
    }

    /**
     * Builds the body.
     *
     * @return the body
     */
    public MultipartBody build() {
      return new MultipartBody(parts);
    }
  }
}
