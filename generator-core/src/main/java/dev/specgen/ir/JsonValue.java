package dev.specgen.ir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A JSON value taken from a spec (an example or a default), held as plain Java values: {@link
 * Map} (insertion-ordered) of String to value, {@link List}, {@link String}, {@link BigInteger},
 * {@link BigDecimal}, {@link Boolean}, or {@code null} for JSON null.
 *
 * @param value the value; {@code null} means JSON null
 */
public record JsonValue(Object value) {

  /** Compact JSON text of the value. */
  public String toJson() {
    StringBuilder out = new StringBuilder();
    JsonText.write(value, out, -1, 0);
    return out.toString();
  }

  /** JSON text indented by two spaces per level. */
  public String toPrettyJson() {
    StringBuilder out = new StringBuilder();
    JsonText.write(value, out, 2, 0);
    return out.toString();
  }

  public boolean isNull() {
    return value == null;
  }
}
