package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;

/**
 * Values of scalars that carry an explicit tag such as {@code !!str}, and the check of tags on
 * mappings and lists. A tag never instantiates anything: unknown tags are reported and ignored.
 */
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
        diagnostics.warning(location, "YAML tag '" + shown(tag) + "' is ignored; the value is read as a string");
        return text;
    }
  }

  /** Warns about a tag on a mapping or list other than {@code !!map}, {@code !!seq} or {@code !}. */
  static void checkCollectionTag(String tag, boolean mapping, Location location, Diagnostics diagnostics) {
    String expected = PREFIX + (mapping ? "map" : "seq");
    if (!tag.equals(expected) && !tag.equals("!")) {
      diagnostics.warning(location, "YAML tag '" + shown(tag) + "' is ignored");
    }
  }

  /** A tag as it is usually written: {@code !!name} for the core schema's prefix. */
  private static String shown(String tag) {
    return tag.startsWith(PREFIX) ? "!!" + tag.substring(PREFIX.length()) : tag;
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
