package dev.specgen.runtime.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON value of a union being read, as a tree, which the union's generated {@code read}
 * method (its delegating {@code @JsonCreator}) inspects to pick a variant and then binds to it.
 * Valid only while Jackson reads the union: it holds Jackson's reading context.
 */
@JsonDeserialize(using = UnionJson.Reader.class)
public final class UnionJson {

  private final JsonNode tree;
  private final DeserializationContext context;

  private UnionJson(JsonNode tree, DeserializationContext context) {
    this.tree = tree;
    this.context = context;
  }

  /**
   * The string value of property {@code name}, when the value is an object that has it.
   *
   * @param name a property name, such as a discriminator
   * @return the string, or {@code null} when it is absent or not a string
   */
  public @Nullable String text(String name) {
    JsonNode value = tree.get(name);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /**
   * Whether the value is an object with at least one of {@code names}.
   *
   * @param names property names
   * @return whether one of them is present
   */
  public boolean hasAnyKey(String... names) {
    if (tree.isObject()) {
      for (String name : names) {
        if (tree.has(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the value is a JSON object.
   *
   * @return whether it is
   */
  public boolean isObject() {
    return tree.isObject();
  }

  /**
   * Whether the value is a JSON array.
   *
   * @return whether it is
   */
  public boolean isArray() {
    return tree.isArray();
  }

  /**
   * Whether the value is a JSON string.
   *
   * @return whether it is
   */
  public boolean isString() {
    return tree.isTextual();
  }

  /**
   * Whether the value is a number written without a fraction or exponent.
   *
   * @return whether it is
   */
  public boolean isIntegral() {
    return tree.isIntegralNumber();
  }

  /**
   * Whether the value is a JSON number.
   *
   * @return whether it is
   */
  public boolean isNumber() {
    return tree.isNumber();
  }

  /**
   * Whether the value is a JSON boolean.
   *
   * @return whether it is
   */
  public boolean isBoolean() {
    return tree.isBoolean();
  }

  /**
   * Binds the value to a variant's type.
   *
   * @param <T> the type
   * @param type the variant's class
   * @return the value
   * @throws IllegalArgumentException if the value does not fit the type
   */
  public <T> T as(Class<T> type) {
    return bind(context.constructType(type));
  }

  /**
   * Binds the value to a variant's generic type, such as {@code List<Tag>}.
   *
   * @param <T> the type
   * @param type the variant's type
   * @return the value
   * @throws IllegalArgumentException if the value does not fit the type
   */
  public <T> T as(TypeReference<T> type) {
    return bind(context.getTypeFactory().constructType(type));
  }

  /**
   * The value as plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
   * {@code Boolean}), for a union's {@code Unknown} variant.
   *
   * @return the plain value
   */
  public Object plain() {
    return bind(context.constructType(Object.class));
  }

  private <T> T bind(JavaType type) {
    try {
      T value = context.readTreeAsValue(tree, type);
      if (value == null) {
        throw new IllegalArgumentException("expected " + type.getRawClass().getSimpleName() + ", found null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Reads the union's JSON value as a tree, once; Jackson finds it through the class's annotation. */
  public static final class Reader extends StdDeserializer<UnionJson> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson does. */
    public Reader() {
      super(UnionJson.class);
    }

    @Override
    public UnionJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode tree = context.readTree(parser);
      return new UnionJson(tree, context);
    }
  }
}
