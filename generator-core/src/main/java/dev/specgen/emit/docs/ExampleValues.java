package dev.specgen.emit.docs;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Example values, in two steps that keep the Java snippet and the curl command in agreement.
 *
 * <p>{@link #conform} reduces a spec example to a value its type can hold: plain JSON values
 * ({@code String}, {@code BigInteger}, {@code BigDecimal}, {@code Boolean}, {@code List}, an
 * insertion-ordered {@code Map}) with no nulls, object properties in the schema's order (the order
 * the generated record writes them), unknown properties dropped, numbers of the right kind, dates
 * that parse. Both renderers ({@link JavaValues} and {@link WireValues}) are total on such values.
 *
 * <p>{@link #synthesize} makes a value up from a type when the spec has no example: property
 * examples and defaults first, then enum constants, then a placeholder per primitive type.
 */
final class ExampleValues {

  /** A decimal number written as a string, short enough to be an example value. */
  private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

  /** Which properties a made-up object gets. */
  enum Mode {
    /** What a caller sends: required properties, and optional ones with an example or default. */
    REQUEST,
    /** What a server returns: every property (that is not write-only). */
    RESPONSE
  }

  private static final int MAX_DEPTH = 8;

  /**
   * A value of a union: the variant it is, and its value conformed to the variant's type.
   */
  record UnionValue(TypeDef.UnionVariant variant, Object value) {}

  private final Map<String, TypeDef> typesByName;

  ExampleValues(ApiModel model) {
    this.typesByName = model.typesByName();
  }

  /** The part of {@code example} that {@code type} can hold; empty when none of it fits. */
  Optional<Object> conform(JsonValue example, TypeRef type) {
    return conform(example.value(), type, 0);
  }

  /** A made-up value of {@code type}; empty for types it cannot make up (unions, cycles). */
  Optional<Object> synthesize(TypeRef type, Mode mode) {
    return synthesize(type, mode, new HashSet<>(), 0);
  }

  // ---- conform

  private Optional<Object> conform(Object json, TypeRef type, int depth) {
    if (json == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive(json, primitive.kind());
    }
    if (type instanceof TypeRef.ArrayOf array) {
      List<?> items = json instanceof List<?> list ? list : List.of(json);
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        conform(item, array.items(), depth + 1).ifPresent(out::add);
      }
      return Optional.of(out);
    }
    if (type instanceof TypeRef.MapOf map) {
      if (!(json instanceof Map<?, ?> entries)) {
        return Optional.empty();
      }
      Map<String, Object> out = new LinkedHashMap<>();
      entries.forEach((key, value) -> conform(value, map.values(), depth + 1)
          .ifPresent(v -> out.put(String.valueOf(key), v)));
      return Optional.of(out);
    }
    if (type instanceof TypeRef.Named named) {
      return Optional.ofNullable(typesByName.get(named.name())).flatMap(def -> named(json, def, depth));
    }
    return Optional.ofNullable(withoutNulls(json));
  }

  private Optional<Object> named(Object json, TypeDef def, int depth) {
    if (def instanceof TypeDef.EnumType enumType) {
      return enumValue(json, enumType);
    }
    if (def instanceof TypeDef.ObjectType object && json instanceof Map<?, ?> fields) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Property property : object.properties()) {
        if (property.readOnly()) {
          continue; // a client never sends it
        }
        Optional<Object> value = conform(fields.get(property.wireName()), property.type(), depth + 1);
        if (value.isEmpty() && property.required()) {
          value = forProperty(property, Mode.REQUEST, new HashSet<>(), depth + 1);
        }
        value.ifPresent(v -> out.put(property.wireName(), v));
      }
      return Optional.of(out);
    }
    if (def instanceof TypeDef.UnionType union) {
      for (TypeDef.UnionVariant variant : candidates(json, union)) {
        Optional<Object> value = conform(json, variant.type(), depth + 1);
        if (value.isPresent()) {
          return Optional.of(new UnionValue(variant, value.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The variants a value may be, best first: the one its discriminator names; else those of its
   * kind, objects ordered by how well their properties fit its keys (fewest required properties
   * missing, then fewest undeclared keys).
   */
  private List<TypeDef.UnionVariant> candidates(Object json, TypeDef.UnionType union) {
    if (union.discriminator().isPresent() && json instanceof Map<?, ?> fields
        && fields.get(union.discriminator().get().propertyName()) instanceof String tag) {
      List<TypeDef.UnionVariant> tagged = union.variants().stream()
          .filter(v -> v.discriminatorValues().contains(tag)).toList();
      if (!tagged.isEmpty()) {
        return tagged;
      }
    }
    return union.variants().stream()
        .filter(v -> sameKind(json, v.type()))
        .sorted(Comparator.comparingInt((TypeDef.UnionVariant v) -> misfit(json, v.type())))
        .toList();
  }

  private int misfit(Object json, TypeRef type) {
    if (!(json instanceof Map<?, ?> fields) || !(type instanceof TypeRef.Named named)
        || !(typesByName.get(named.name()) instanceof TypeDef.ObjectType object)) {
      return 0;
    }
    long missing = object.properties().stream()
        .filter(p -> p.required() && fields.get(p.wireName()) == null).count();
    long undeclared = fields.keySet().stream()
        .filter(key -> object.property(String.valueOf(key)).isEmpty()).count();
    return (int) (missing * 1000 + undeclared);
  }

  /** Whether a JSON value is of the kind a type reads, so a union picks the variant it fits. */
  private boolean sameKind(Object json, TypeRef type) {
    if (type instanceof TypeRef.Any) {
      return true;
    }
    if (type instanceof TypeRef.ArrayOf) {
      return json instanceof List;
    }
    if (type instanceof TypeRef.MapOf) {
      return json instanceof Map;
    }
    if (type instanceof TypeRef.Named named) {
      TypeDef def = typesByName.get(named.name());
      if (def instanceof TypeDef.ObjectType) {
        return json instanceof Map;
      }
      if (def instanceof TypeDef.EnumType enumType) {
        return enumType.kind() == TypeDef.EnumKind.STRING ? json instanceof String : json instanceof BigInteger;
      }
      return def instanceof TypeDef.UnionType;
    }
    PrimitiveType kind = ((TypeRef.Primitive) type).kind();
    return switch (kind) {
      case STRING, DATE, DATE_TIME, UUID, BYTES -> json instanceof String;
      case INT32, INT64 -> json instanceof BigInteger;
      case FLOAT, DOUBLE, DECIMAL -> json instanceof BigInteger || json instanceof BigDecimal;
      case BOOLEAN -> json instanceof Boolean;
    };
  }

  /** An enum's wire value: a listed one, or any value of the enum's kind (kept by {@code of}). */
  private static Optional<Object> enumValue(Object json, TypeDef.EnumType enumType) {
    if (enumType.kind() == TypeDef.EnumKind.STRING) {
      return json instanceof String || json instanceof Number || json instanceof Boolean
          ? Optional.of(json instanceof BigDecimal d ? d.toPlainString() : json.toString())
          : Optional.empty();
    }
    return integer(json, Long.MIN_VALUE, Long.MAX_VALUE).map(Object.class::cast);
  }

  private static Optional<Object> primitive(Object json, PrimitiveType kind) {
    return switch (kind) {
      case STRING -> json instanceof String || json instanceof Number || json instanceof Boolean
          ? Optional.of(json instanceof BigDecimal d ? d.toPlainString() : json.toString())
          : Optional.empty();
      case INT32 -> integer(json, Integer.MIN_VALUE, Integer.MAX_VALUE).map(Object.class::cast);
      case INT64 -> integer(json, Long.MIN_VALUE, Long.MAX_VALUE).map(Object.class::cast);
      case FLOAT -> decimal(json).filter(d -> Float.isFinite(d.floatValue())).map(Object.class::cast);
      case DOUBLE -> decimal(json).filter(d -> Double.isFinite(d.doubleValue())).map(Object.class::cast);
      case DECIMAL -> decimal(json).map(Object.class::cast);
      case BOOLEAN -> json instanceof Boolean
          ? Optional.of(json)
          : json instanceof String s && (s.equals("true") || s.equals("false"))
              ? Optional.of(Boolean.valueOf(s))
              : Optional.empty();
      case DATE -> text(json).filter(ExampleValues::isDate).map(Object.class::cast);
      case DATE_TIME -> text(json).filter(ExampleValues::isDateTime).map(Object.class::cast);
      case UUID -> text(json).flatMap(ExampleValues::uuid).map(Object.class::cast);
      case BYTES -> text(json).filter(ExampleValues::isBase64).map(Object.class::cast);
    };
  }

  private static Optional<BigInteger> integer(Object json, long min, long max) {
    Optional<BigDecimal> number = decimal(json);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigInteger value = number.get().toBigIntegerExact();
      return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0
          ? Optional.of(value)
          : Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> decimal(Object json) {
    if (json instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (json instanceof BigInteger i) {
      return Optional.of(new BigDecimal(i));
    }
    if (json instanceof Number n) {
      return Optional.of(new BigDecimal(n.toString()));
    }
    if (json instanceof String s && DECIMAL_TEXT.matcher(s).matches()) {
      return Optional.of(new BigDecimal(s));
    }
    return Optional.empty();
  }

  private static Optional<String> text(Object json) {
    return json instanceof String s ? Optional.of(s) : Optional.empty();
  }

  static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Optional<String> uuid(String text) {
    try {
      String canonical = UUID.fromString(text).toString();
      return canonical.equalsIgnoreCase(text) ? Optional.of(canonical) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isBase64(String text) {
    try {
      Base64.getDecoder().decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Any JSON value, with nulls left out of objects and arrays. */
  private static Object withoutNulls(Object json) {
    if (json instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((key, value) -> {
        if (value != null) {
          out.put(String.valueOf(key), withoutNulls(value));
        }
      });
      return out;
    }
    if (json instanceof List<?> list) {
      return list.stream().filter(v -> v != null).map(ExampleValues::withoutNulls).toList();
    }
    return json;
  }

  // ---- synthesize

  /** The example of a property: its own example or default, else a made-up one. */
  private Optional<Object> forProperty(Property property, Mode mode, Set<String> visiting, int depth) {
    for (Optional<JsonValue> given : List.of(property.example(), property.defaultValue())) {
      if (given.isPresent() && !given.get().isNull()) {
        Optional<Object> value = mode == Mode.RESPONSE
            ? Optional.of(given.get().value())
            : conform(given.get().value(), property.type(), depth);
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return synthesize(property.type(), mode, visiting, depth);
  }

  private Optional<Object> synthesize(TypeRef type, Mode mode, Set<String> visiting, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return Optional.of(placeholder(primitive.kind()));
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return Optional.of(synthesize(array.items(), mode, visiting, depth + 1).map(List::of).orElse(List.of()));
    }
    if (type instanceof TypeRef.MapOf map) {
      Map<String, Object> out = new LinkedHashMap<>();
      synthesize(map.values(), mode, visiting, depth + 1).ifPresent(v -> out.put("key", v));
      return Optional.of(out);
    }
    if (type instanceof TypeRef.Named named) {
      if (!visiting.add(named.name())) {
        return Optional.empty(); // a cycle
      }
      try {
        return Optional.ofNullable(typesByName.get(named.name())).flatMap(def -> synthesizeNamed(def, mode, visiting, depth));
      } finally {
        visiting.remove(named.name());
      }
    }
    return Optional.of(new LinkedHashMap<String, Object>());
  }

  private Optional<Object> synthesizeNamed(TypeDef def, Mode mode, Set<String> visiting, int depth) {
    if (def instanceof TypeDef.EnumType enumType) {
      return enumType.constants().stream().findFirst().map(TypeDef.EnumConstant::wireValue);
    }
    if (def instanceof TypeDef.ObjectType object) {
      if (mode == Mode.RESPONSE && object.example().isPresent() && !object.example().get().isNull()) {
        return Optional.of(object.example().get().value());
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Property property : object.properties()) {
        if (include(property, mode)) {
          forProperty(property, mode, visiting, depth + 1).ifPresent(v -> out.put(property.wireName(), v));
        }
      }
      return Optional.of(out);
    }
    if (def instanceof TypeDef.UnionType union) {
      for (TypeDef.UnionVariant variant : union.variants()) {
        Optional<Object> value = synthesize(variant.type(), mode, visiting, depth + 1);
        if (value.isPresent()) {
          return Optional.of(mode == Mode.RESPONSE ? value.get() : new UnionValue(variant, value.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean include(Property property, Mode mode) {
    if (mode == Mode.RESPONSE) {
      return !property.writeOnly();
    }
    if (property.readOnly()) {
      return false;
    }
    return property.required() || hasValue(property.example()) || hasValue(property.defaultValue());
  }

  private static boolean hasValue(Optional<JsonValue> value) {
    return value.isPresent() && !value.get().isNull();
  }

  /** A stand-in for a primitive with no example. */
  static Object placeholder(PrimitiveType kind) {
    return switch (kind) {
      case STRING -> "string";
      case INT32, INT64 -> BigInteger.ONE;
      case FLOAT, DOUBLE, DECIMAL -> new BigDecimal("1.5");
      case BOOLEAN -> Boolean.TRUE;
      case DATE -> "2024-01-15";
      case DATE_TIME -> "2024-01-15T09:30:00Z";
      case UUID -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case BYTES -> "c3BlY2dlbg==";
    };
  }
}
