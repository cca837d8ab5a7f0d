package dev.specgen.ir;

import dev.specgen.diag.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A named type: an object, an enum or a union. */
public sealed interface TypeDef permits TypeDef.ObjectType, TypeDef.EnumType, TypeDef.UnionType {

  /** A valid Java type name, unique in the API. */
  String name();

  /** The schema's title and description joined, or empty. */
  String description();

  /** Where the schema was written; its pointer names the source in generated comments. */
  Location origin();

  /**
   * An object with declared properties. Unknown properties are always preserved by generated
   * code; {@code additionalProperties} types them when the spec says what they hold.
   *
   * @param additionalProperties the type of undeclared properties' values, when the spec gives
   *     one; empty means "any JSON value"
   */
  record ObjectType(
      String name,
      String description,
      List<Property> properties,
      Optional<TypeRef> additionalProperties,
      boolean deprecated,
      Optional<JsonValue> example,
      Location origin)
      implements TypeDef {

    public ObjectType {
      properties = List.copyOf(properties);
    }

    public Optional<Property> property(String wireName) {
      return properties.stream().filter(p -> p.wireName().equals(wireName)).findFirst();
    }
  }

  /**
   * An enumeration of string or integer values. Generated code accepts values not listed here.
   */
  record EnumType(
      String name, String description, EnumKind kind, List<EnumConstant> constants, Location origin)
      implements TypeDef {

    public EnumType {
      constants = List.copyOf(constants);
    }
  }

  /**
   * A value that is one of several types ({@code oneOf}/{@code anyOf}).
   *
   * @param discriminator the property whose value tells the variants apart, when there is one
   */
  record UnionType(
      String name,
      String description,
      List<UnionVariant> variants,
      Optional<Discriminator> discriminator,
      Location origin)
      implements TypeDef {

    public UnionType {
      variants = List.copyOf(variants);
    }
  }

  /** Whether an enum's values are strings or integers. */
  enum EnumKind {
    STRING,
    INTEGER
  }

  /**
   * One enum value.
   *
   * @param javaName a valid Java constant name, unique in the enum
   * @param wireValue the value as sent: a {@link String} or a {@link java.math.BigInteger}
   */
  record EnumConstant(String javaName, Object wireValue, String description) {}

  /**
   * One alternative of a union.
   *
   * @param javaName a Java type name for the variant, unique in the union
   * @param type the variant's type
   * @param discriminatorValues the discriminator values that select it (empty without one)
   */
  record UnionVariant(String javaName, TypeRef type, List<String> discriminatorValues) {

    public UnionVariant {
      discriminatorValues = List.copyOf(discriminatorValues);
    }
  }

  /**
   * @param propertyName the JSON property holding the discriminator value
   * @param mapping explicit value-to-type mapping from the spec (type names are final names)
   */
  record Discriminator(String propertyName, Map<String, String> mapping) {}
}
