package dev.specgen.load;

import dev.specgen.diag.Location;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A scalar with its value typed by the YAML 1.2 core schema: {@link String}, {@link Boolean},
 * {@link BigInteger}, {@link BigDecimal}, {@link Double} (only for {@code .inf}, {@code .nan} and
 * numbers whose exponent is beyond a {@code BigDecimal}'s), or {@code null}. Words such as {@code on}, {@code off}, {@code yes} and {@code no} are strings.
 */
public final class ScalarNode implements Node {

  private final Location location;
  private final Object value;
  private final String text;

  ScalarNode(Location location, Object value, String text) {
    this.location = location;
    this.value = value;
    this.text = text;
  }

  @Override
  public Location location() {
    return location;
  }

  /** The typed value, or {@code null} for a YAML/JSON null. */
  public Object value() {
    return value;
  }

  /** The scalar as written (without quotes). */
  public String text() {
    return text;
  }

  public boolean isString() {
    return value instanceof String;
  }

  public boolean isNull() {
    return value == null;
  }

  public boolean isBoolean() {
    return value instanceof Boolean;
  }

  public boolean isInteger() {
    return value instanceof BigInteger;
  }

  public boolean isNumber() {
    return value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double;
  }

  @Override
  public String kindName() {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }

  @Override
  public String toString() {
    return "ScalarNode(" + text + ") at " + location;
  }
}
