package dev.specgen.ir;

import dev.specgen.diag.Location;
import java.util.Optional;

/**
 * A parameter of an operation.
 *
 * @param name the name on the wire
 * @param javaName a valid Java identifier, unique within the operation
 * @param location where it is sent
 * @param style how it is serialized (OpenAPI {@code style}, with the location's default)
 * @param explode OpenAPI {@code explode}, with the style's default
 * @param constantValue set when the schema allows exactly one value and gives it as default (such
 *     as HighLevel's {@code Version} header): the client sends it by itself
 */
public record Parameter(
    String name,
    String javaName,
    ParameterLocation location,
    ParameterStyle style,
    boolean explode,
    boolean required,
    boolean deprecated,
    TypeRef type,
    String description,
    Optional<JsonValue> example,
    Optional<JsonValue> defaultValue,
    Optional<String> constantValue,
    Location origin) {

  /** Whether the caller supplies it (constants are sent by the client itself). */
  public boolean isCallerSupplied() {
    return constantValue.isEmpty();
  }

  /** Where a parameter is sent. */
  public enum ParameterLocation {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }

  /** OpenAPI serialization styles. */
  public enum ParameterStyle {
    SIMPLE("simple"),
    FORM("form"),
    DEEP_OBJECT("deepObject"),
    SPACE_DELIMITED("spaceDelimited"),
    PIPE_DELIMITED("pipeDelimited"),
    LABEL("label"),
    MATRIX("matrix");

    private final String specName;

    ParameterStyle(String specName) {
      this.specName = specName;
    }

    /** The name the spec uses, e.g. {@code deepObject}. */
    public String specName() {
      return specName;
    }
  }
}
