package dev.specgen.read;

import dev.specgen.ir.JsonValue;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that a literal from the spec (an example or a default) fits its type. The check is
 * shallow on purpose: it catches a string where a number belongs or a value outside an enum,
 * which is what makes generated docs and snippets wrong, without re-implementing JSON Schema.
 */
final class ValueConformance {

  private final Function<String, Optional<TypeDef>> types;

  ValueConformance(Function<String, Optional<TypeDef>> types) {
    this.types = types;
  }

  /** Why {@code value} does not fit {@code type}, or empty when it does. */
  Optional<String> mismatch(SchemaConverter.Converted type, JsonValue value) {
    if (value.isNull()) {
      return type.nullable() ? Optional.empty() : Optional.of("null is not allowed");
    }
    return mismatch(type.type(), value.value());
  }

  private Optional<String> mismatch(TypeRef type, Object value) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitiveMismatch(primitive.kind(), value);
    }
    if (type instanceof TypeRef.ArrayOf array) {
      if (!(value instanceof List<?> list)) {
        return expected("a list", value);
      }
      return list.stream().map(item -> item == null ? Optional.<String>empty() : mismatch(array.items(), item))
          .flatMap(Optional::stream).findFirst();
    }
    if (type instanceof TypeRef.MapOf) {
      return value instanceof Map<?, ?> ? Optional.empty() : expected("an object", value);
    }
    if (type instanceof TypeRef.Named named) {
      return types.apply(named.name()).flatMap(def -> namedMismatch(def, value));
    }
    return Optional.empty();
  }

  private Optional<String> namedMismatch(TypeDef def, Object value) {
    if (def instanceof TypeDef.EnumType enumType) {
      boolean listed = enumType.constants().stream().anyMatch(c -> sameValue(c.wireValue(), value));
      return listed ? Optional.empty()
          : Optional.of(render(value) + " is not one of the values of " + enumType.name());
    }
    if (def instanceof TypeDef.ObjectType) {
      return value instanceof Map<?, ?> ? Optional.empty() : expected("an object", value);
    }
    return Optional.empty();
  }

  private static boolean sameValue(Object wire, Object value) {
    if (wire instanceof BigInteger integer && value instanceof BigDecimal decimal) {
      return decimal.compareTo(new BigDecimal(integer)) == 0;
    }
    return wire.equals(value);
  }

  private static Optional<String> primitiveMismatch(PrimitiveType kind, Object value) {
    return switch (kind) {
      case STRING, DATE, DATE_TIME, UUID, BYTES ->
          value instanceof String ? Optional.empty() : expected("a string", value);
      case INT32, INT64 -> value instanceof BigInteger ? Optional.empty() : expected("an integer", value);
      case FLOAT, DOUBLE, DECIMAL ->
          value instanceof BigInteger || value instanceof BigDecimal ? Optional.empty()
              : expected("a number", value);
      case BOOLEAN -> value instanceof Boolean ? Optional.empty() : expected("true or false", value);
    };
  }

  private static Optional<String> expected(String what, Object value) {
    return Optional.of("expected " + what + ", found " + render(value));
  }

  private static String render(Object value) {
    String json = new JsonValue(value).toJson();
    return json.length() > 60 ? json.substring(0, 57) + "..." : json;
  }
}
