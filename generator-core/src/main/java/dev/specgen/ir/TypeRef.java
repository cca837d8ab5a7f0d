package dev.specgen.ir;

/**
 * A use of a type: in a property, a parameter, a body, a list or a map. Named types are referred
 * to by name; everything else is structural.
 */
public sealed interface TypeRef {

  /** A scalar such as a string, a 32-bit integer or a date-time. */
  record Primitive(PrimitiveType kind) implements TypeRef {}

  /** A JSON array of {@code items}. */
  record ArrayOf(TypeRef items) implements TypeRef {}

  /** A JSON object used as a map from string keys to {@code values}. */
  record MapOf(TypeRef values) implements TypeRef {}

  /** A type defined in {@link ApiModel#types()}. */
  record Named(String name) implements TypeRef {}

  /** Any JSON value: a free-form object, or a schema with no usable type. */
  record Any() implements TypeRef {}

  static TypeRef primitive(PrimitiveType kind) {
    return new Primitive(kind);
  }

  static TypeRef any() {
    return new Any();
  }
}
