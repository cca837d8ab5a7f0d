package dev.specgen.ir;

import java.util.Optional;

/**
 * A property of an object type.
 *
 * @param wireName the name in JSON, exactly as in the spec
 * @param javaName a valid Java identifier, unique within the type
 * @param type the value's type
 * @param required whether the spec lists it under {@code required}
 * @param nullable whether JSON {@code null} is a valid value
 * @param description the schema's description, or empty
 * @param example the schema's example, if any
 * @param defaultValue the schema's default, if any
 * @param deprecated whether the spec marks it deprecated
 * @param readOnly whether it is sent by servers only
 * @param writeOnly whether it is sent by clients only
 * @param format the schema's {@code format} (its own, else that of the schema it refers to), or
 *     empty; kept for formats that do not change the Java type, such as {@code unix-time}
 */
public record Property(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    String description,
    Optional<JsonValue> example,
    Optional<JsonValue> defaultValue,
    boolean deprecated,
    boolean readOnly,
    boolean writeOnly,
    String format) {}
