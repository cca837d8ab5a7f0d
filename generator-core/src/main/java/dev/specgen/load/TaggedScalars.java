package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;

/** Values of scalars that carry an explicit core-schema tag such as {@code !!str}. */
final class TaggedScalars {

  private static final String PREFIX = "tag:yaml.org,2002:";

  private TaggedScalars() {}

  static Object resolve(String tag, String text, Location location, Diagnostics diagnostics) {
    String name = tag.startsWith(PREFIX) ? tag.substring(PREFIX.length()) : tag;
    switch (name) {
      case "str":
        return text;
      case "null", "bool", "int", "float":
        Object plain = CoreSchemaScalars.resolvePlain(text);
        if (!matches(name, plain)) {
          diagnostics.error(location, "'" + text + "' is not a valid !!" + name);
        }
        return plain;
      default:
        diagnostics.warning(location, "YAML tag '" + tag + "' is ignored; the value is read as a string");
        return text;
    }
  }

  private static boolean matches(String name, Object value) {
    return switch (name) {
      case "null" -> value == null;
      case "bool" -> value instanceof Boolean;
      case "int" -> value instanceof java.math.BigInteger;
      default -> value instanceof Number;
    };
  }
}
