package dev.specgen.ir;

import java.util.Optional;

/**
 * A body in one media type.
 *
 * @param mediaType e.g. {@code application/json}
 * @param type the body's type ({@link TypeRef.Any} when the spec gives no schema)
 * @param example the spec's example, if any
 */
public record MediaType(String mediaType, TypeRef type, Optional<JsonValue> example) {}
