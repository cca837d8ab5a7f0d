package dev.specgen.emit.docs;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.Parameter.ParameterStyle;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a conformed example value ({@link ExampleValues#conform}) looks like on the wire when the
 * Java snippet sends it: first the JSON tree the client's mapper makes of the Java value, then the
 * parameter text by the rules of {@code dev.specgen.runtime.param.ParameterSerializer} (percent
 * encoding of {@code PercentEncoding}: everything but {@code A-Z a-z 0-9 - . _ ~}). The curl
 * command is built from this, so it shows the request the Java snippet really sends.
 */
final class WireValues {

  /** A JSON tree node: a scalar with its text, an array or an object. */
  sealed interface Node {}

  /** @param quoted whether JSON writes it as a string */
  record Scalar(String text, boolean quoted) implements Node {}

  record Array(List<Node> items) implements Node {}

  record ObjectNode(Map<String, Node> fields) implements Node {}

  /** A value that this parameter style cannot carry (the client would refuse it too). */
  static final class UnsupportedValueException extends RuntimeException {
    UnsupportedValueException(String message) {
      super(message);
    }
  }

  private final Map<String, TypeDef> typesByName;

  WireValues(ApiModel model) {
    this.typesByName = model.typesByName();
  }

  // ---- the JSON tree of a value

  Node tree(Object value, TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive(value, primitive.kind());
    }
    if (type instanceof TypeRef.ArrayOf array) {
      List<Node> items = new ArrayList<>();
      ((List<?>) value).forEach(item -> items.add(tree(item, array.items())));
      return new Array(items);
    }
    if (type instanceof TypeRef.MapOf map) {
      return map((Map<?, ?>) value, map.values());
    }
    if (type instanceof TypeRef.Named named) {
      TypeDef def = typesByName.get(named.name());
      if (def instanceof TypeDef.EnumType) {
        return new Scalar(value.toString(), value instanceof String);
      }
      if (def instanceof TypeDef.UnionType) {
        ExampleValues.UnionValue chosen = (ExampleValues.UnionValue) value;
        return tree(chosen.value(), chosen.variant().type()); // the union writes its value as it is
      }
      Map<?, ?> fields = (Map<?, ?>) value;
      Map<String, Node> out = new LinkedHashMap<>();
      for (Property property : ((TypeDef.ObjectType) def).properties()) {
        Object field = fields.get(property.wireName());
        if (field != null) {
          out.put(property.wireName(), tree(field, property.type()));
        }
      }
      return new ObjectNode(out);
    }
    return any(value);
  }

  private static Node primitive(Object value, PrimitiveType kind) {
    return switch (kind) {
      case STRING -> new Scalar((String) value, true);
      case INT32, INT64 -> new Scalar(value.toString(), false);
      // Floating values become exact decimals in the mapper's tree (USE_BIG_DECIMAL_FOR_FLOATS).
      case FLOAT -> new Scalar(BigDecimal.valueOf(((BigDecimal) value).floatValue()).toPlainString(), false);
      case DOUBLE -> new Scalar(BigDecimal.valueOf(((BigDecimal) value).doubleValue()).toPlainString(), false);
      case DECIMAL -> new Scalar(((BigDecimal) value).toPlainString(), false);
      case BOOLEAN -> new Scalar(value.toString(), false);
      case DATE -> new Scalar(LocalDate.parse((String) value).format(DateTimeFormatter.ISO_LOCAL_DATE), true);
      case DATE_TIME -> new Scalar(
          OffsetDateTime.parse((String) value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), true);
      case UUID -> new Scalar(java.util.UUID.fromString((String) value).toString(), true);
      case BYTES -> new Scalar(Base64.getEncoder().encodeToString(Base64.getDecoder().decode((String) value)), true);
    };
  }

  /** Maps are written in key order: {@link JavaValues} builds them sorted. */
  private Node map(Map<?, ?> entries, TypeRef valueType) {
    Map<String, Node> out = new LinkedHashMap<>();
    new TreeMap<String, Object>(stringKeys(entries)).forEach((key, value) -> out.put(key, tree(value, valueType)));
    return new ObjectNode(out);
  }

  private Node any(Object value) {
    if (value instanceof String text) {
      return new Scalar(text, true);
    }
    if (value instanceof BigDecimal decimal) {
      return new Scalar(decimal.toPlainString(), false);
    }
    if (value instanceof BigInteger || value instanceof Boolean) {
      return new Scalar(value.toString(), false);
    }
    if (value instanceof List<?> list) {
      List<Node> items = new ArrayList<>();
      list.forEach(item -> items.add(any(item)));
      return new Array(items);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, TypeRef.any());
    }
    return new Scalar(String.valueOf(value), false);
  }

  private static Map<String, Object> stringKeys(Map<?, ?> entries) {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach((key, value) -> out.put(String.valueOf(key), value));
    return out;
  }

  // ---- parameters, as ParameterSerializer writes them

  /** One encoded path segment. */
  static String pathSegment(Node node) {
    if (isAbsent(node)) {
      throw new UnsupportedValueException("an empty path parameter");
    }
    String segment = String.join(",", encodedItems(node));
    return segment.equals(".") || segment.equals("..") ? segment.replace(".", "%2E") : segment;
  }

  /** Encoded {@code name=value} pairs in order. */
  static List<String> queryPairs(String name, Node node, ParameterStyle style, boolean explode) {
    List<String> pairs = new ArrayList<>();
    if (isAbsent(node)) {
      return pairs;
    }
    switch (style) {
      case DEEP_OBJECT -> deepObject(name, node, pairs);
      case SPACE_DELIMITED -> delimited(name, node, "%20", pairs);
      case PIPE_DELIMITED -> delimited(name, node, "%7C", pairs);
      default -> {
        if (explode) {
          explodedForm(name, node, pairs);
        } else {
          delimited(name, node, ",", pairs);
        }
      }
    }
    return pairs;
  }

  /** Header text (not encoded); empty when the header is left out. */
  static Optional<String> headerText(Node node) {
    if (isAbsent(node)) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    simpleItems(node, items);
    return Optional.of(String.join(",", items));
  }

  private static void explodedForm(String name, Node node, List<String> pairs) {
    if (node instanceof ObjectNode object) {
      object.fields().forEach((key, value) -> repeated(key, value, pairs));
    } else {
      repeated(name, node, pairs);
    }
  }

  private static void repeated(String name, Node node, List<String> pairs) {
    if (node instanceof Array array) {
      array.items().forEach(item -> pairs.add(encode(name) + "=" + encode(text(item))));
    } else {
      pairs.add(encode(name) + "=" + encode(text(node)));
    }
  }

  private static void delimited(String name, Node node, String delimiter, List<String> pairs) {
    List<String> items = encodedItems(node);
    if (!items.isEmpty()) {
      pairs.add(encode(name) + "=" + String.join(delimiter, items));
    }
  }

  private static void deepObject(String key, Node node, List<String> pairs) {
    if (node instanceof ObjectNode object) {
      object.fields().forEach((field, value) -> deepObject(key + "[" + field + "]", value, pairs));
    } else if (node instanceof Array array) {
      for (int i = 0; i < array.items().size(); i++) {
        Node item = array.items().get(i);
        deepObject(item instanceof Scalar ? key : key + "[" + i + "]", item, pairs);
      }
    } else {
      pairs.add(encode(key) + "=" + encode(text(node)));
    }
  }

  private static List<String> encodedItems(Node node) {
    List<String> items = new ArrayList<>();
    simpleItems(node, items);
    return items.stream().map(WireValues::encode).toList();
  }

  private static void simpleItems(Node node, List<String> sink) {
    if (node instanceof ObjectNode object) {
      object.fields().forEach((key, value) -> {
        sink.add(key);
        sink.add(text(value));
      });
    } else if (node instanceof Array array) {
      array.items().forEach(item -> sink.add(text(item)));
    } else {
      sink.add(text(node));
    }
  }

  private static boolean isAbsent(Node node) {
    return node instanceof Array array && array.items().isEmpty()
        || node instanceof ObjectNode object && object.fields().isEmpty();
  }

  private static String text(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.text();
    }
    throw new UnsupportedValueException("a nested value in a parameter style that cannot carry it");
  }

  /** Percent-encodes every byte of the UTF-8 text except {@code A-Z a-z 0-9 - . _ ~}. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  // ---- JSON text of a request body

  /** The body as JSON, indented by two spaces. */
  static String json(Node node) {
    StringBuilder out = new StringBuilder();
    json(node, out, 0);
    return out.toString();
  }

  private static void json(Node node, StringBuilder out, int level) {
    if (node instanceof Scalar scalar) {
      if (scalar.quoted()) {
        quote(scalar.text(), out);
      } else {
        out.append(scalar.text());
      }
    } else if (node instanceof Array array) {
      if (array.items().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < array.items().size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(level + 1));
        json(array.items().get(i), out, level + 1);
      }
      out.append('\n').append("  ".repeat(level)).append(']');
    } else {
      Map<String, Node> fields = ((ObjectNode) node).fields();
      if (fields.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Node> field : fields.entrySet()) {
        out.append(first ? "\n" : ",\n").append("  ".repeat(level + 1));
        quote(field.getKey(), out);
        out.append(": ");
        json(field.getValue(), out, level + 1);
        first = false;
      }
      out.append('\n').append("  ".repeat(level)).append('}');
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append(new JsonValue(text).toJson());
  }
}
