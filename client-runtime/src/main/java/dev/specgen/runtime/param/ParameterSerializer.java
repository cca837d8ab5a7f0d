package dev.specgen.runtime.param;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Serializes path, query and header parameters by the OpenAPI rules. Every value is first turned
 * into a JSON tree by the client's {@link ObjectMapper}, so an enum becomes its {@code @JsonValue},
 * a date its ISO text and a model its properties. Null and empty values are omitted.
 */
public final class ParameterSerializer {

  private final ObjectMapper mapper;

  /**
   * Creates a serializer.
   *
   * @param mapper the mapper that defines each value's JSON form
   */
  public ParameterSerializer(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * Serializes a path parameter (style {@code simple}) into one encoded path segment. Arrays
   * become comma-separated items and objects {@code key,value} pairs.
   *
   * @param name the parameter name, for error messages
   * @param value the value
   * @return the encoded segment, never able to add, remove or climb path segments
   * @throws IllegalArgumentException if the value is null or serializes to an empty string, which
   *     would leave an empty segment and change the path's shape
   */
  public String pathSegment(String name, Object value) {
    JsonNode node = toTree(value);
    if (isAbsent(node)) {
      throw new IllegalArgumentException("Path parameter '" + name + "' is required but was null or empty");
    }
    String segment = String.join(",", encodedItems(node));
    if (segment.isEmpty()) {
      throw new IllegalArgumentException("Path parameter '" + name + "' must not be empty");
    }
    return PercentEncoding.protectDotSegment(segment);
  }

  /**
   * Serializes a query parameter into encoded {@code name=value} pairs.
   *
   * @param name the parameter name
   * @param value the value; null, empty optionals and empty arrays produce no pairs
   * @param style the OpenAPI style
   * @return the encoded pairs, in order
   */
  public List<String> queryPairs(String name, Object value, QueryStyle style) {
    JsonNode node = toTree(value);
    List<String> pairs = new ArrayList<>();
    if (isAbsent(node)) {
      return pairs;
    }
    switch (style) {
      case FORM:
        addExplodedForm(name, node, pairs);
        break;
      case FORM_UNEXPLODED:
        addDelimited(name, node, ",", pairs);
        break;
      case SPACE_DELIMITED:
        addDelimited(name, node, "%20", pairs);
        break;
      case PIPE_DELIMITED:
        addDelimited(name, node, "%7C", pairs);
        break;
      case DEEP_OBJECT:
        addDeepObject(name, node, pairs);
        break;
      default:
        throw new IllegalArgumentException("Unknown query style " + style);
    }
    return pairs;
  }

  /**
   * Serializes a header parameter (style {@code simple}): arrays comma-separated, objects as
   * {@code key,value} pairs. The text is not encoded; header validation refuses CR and LF later.
   *
   * @param value the value
   * @return the header text, or empty when the value is absent and the header should be omitted
   */
  public Optional<String> headerText(Object value) {
    JsonNode node = toTree(value);
    if (isAbsent(node)) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    forEachSimpleItem(node, items::add);
    return Optional.of(String.join(",", items));
  }

  /**
   * Returns the JSON scalar text of a value: strings as-is, numbers and booleans as JSON writes
   * them, enums by their JSON value.
   *
   * @param value the value
   * @return the text, or empty for null
   * @throws IllegalArgumentException if the value serializes to an array or object
   */
  public Optional<String> scalarText(Object value) {
    JsonNode node = toTree(value);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isContainerNode()) {
      throw new IllegalArgumentException("Expected a single value but got a " + node.getNodeType());
    }
    return Optional.of(textOf(node));
  }

  private void addExplodedForm(String name, JsonNode node, List<String> pairs) {
    if (node.isObject()) {
      node.properties().forEach(field -> addRepeated(field.getKey(), field.getValue(), pairs));
    } else {
      addRepeated(name, node, pairs);
    }
  }

  private void addRepeated(String name, JsonNode node, List<String> pairs) {
    if (node.isArray()) {
      node.forEach(item -> addScalarPair(name, item, pairs));
    } else {
      addScalarPair(name, node, pairs);
    }
  }

  private void addDelimited(String name, JsonNode node, String delimiter, List<String> pairs) {
    List<String> items = encodedItems(node);
    if (!items.isEmpty()) {
      pairs.add(PercentEncoding.encode(name) + "=" + String.join(delimiter, items));
    }
  }

  /**
   * deepObject nests bracketed keys; arrays of scalars repeat the key, and arrays of objects use
   * the index as a key, since OpenAPI leaves that case undefined and this is the common reading.
   */
  private void addDeepObject(String key, JsonNode node, List<String> pairs) {
    if (node.isObject()) {
      node.properties().forEach(field -> addDeepObject(key + "[" + field.getKey() + "]", field.getValue(), pairs));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        addDeepObject(item.isContainerNode() ? key + "[" + i + "]" : key, item, pairs);
      }
    } else {
      addScalarPair(key, node, pairs);
    }
  }

  private void addScalarPair(String name, JsonNode node, List<String> pairs) {
    if (node.isNull()) {
      return;
    }
    pairs.add(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(textOf(node)));
  }

  /** Encodes each item so that the delimiter placed between them stays the only delimiter. */
  private List<String> encodedItems(JsonNode node) {
    List<String> items = new ArrayList<>();
    forEachSimpleItem(node, text -> items.add(PercentEncoding.encode(text)));
    return items;
  }

  private void forEachSimpleItem(JsonNode node, Consumer<String> sink) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getValue().isNull()) {
          sink.accept(field.getKey());
          sink.accept(textOf(field.getValue()));
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> {
        if (!item.isNull()) {
          sink.accept(textOf(item));
        }
      });
    } else {
      sink.accept(textOf(node));
    }
  }

  private JsonNode toTree(Object value) {
    Object unwrapped = unwrapOptional(value);
    return unwrapped == null ? null : mapper.valueToTree(unwrapped);
  }

  /** The mapper has no JDK 8 module, so optionals are unwrapped here rather than serialized. */
  private static Object unwrapOptional(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt optional = (OptionalInt) value;
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalLong) {
      OptionalLong optional = (OptionalLong) value;
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble optional = (OptionalDouble) value;
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    return value;
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() && node.isEmpty();
  }

  private static String textOf(JsonNode node) {
    if (node.isContainerNode()) {
      throw new IllegalArgumentException(
          "A nested " + node.getNodeType() + " cannot be serialized in this parameter style");
    }
    // Plain notation keeps a decimal such as 1453770984.123 readable instead of 1.453770984123E+9.
    return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
  }
}
