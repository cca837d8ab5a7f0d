// Source: name-torture.yaml#/components/schemas/Either
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.model.UnionJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A variant named Unknown, so the fallback record needs another name.
 *
 * <p>One of: {@link Unknown2Variant}, {@link JsonPropertyVariant}, {@link StringValueVariant}. A
 * value no variant reads is kept as {@link Unknown2} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Either permits Either.Unknown2Variant, Either.JsonPropertyVariant, Either.StringValueVariant, Either.Unknown2 {
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    static Either ofUnknown2(Unknown value) {
        Objects.requireNonNull(value, "value");
        return new Unknown2Variant(value);
    }

    static Either ofJsonProperty(JsonProperty value) {
        Objects.requireNonNull(value, "value");
        return new JsonPropertyVariant(value);
    }

    static Either ofStringValue(String value) {
        Objects.requireNonNull(value, "value");
        return new StringValueVariant(value);
    }

    default boolean isUnknown2() {
        return this instanceof Unknown2Variant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Unknown asUnknown2() {
        if (this instanceof Unknown2Variant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Either holds " + getClass().getSimpleName() + ", not Unknown");
    }

    default boolean isJsonProperty() {
        return this instanceof JsonPropertyVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default JsonProperty asJsonProperty() {
        if (this instanceof JsonPropertyVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Either holds " + getClass().getSimpleName() + ", not JsonProperty");
    }

    default boolean isStringValue() {
        return this instanceof StringValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default String asStringValue() {
        if (this instanceof StringValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Either holds " + getClass().getSimpleName() + ", not StringValue");
    }

    /**
     * Picks the variant {@code json} holds, {@code Unknown2} when none reads it; Jackson calls it.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Either read(UnionJson json) {
        if (json.isObject()) {
            if (json.hasAnyKey("mystery")) {
                try {
                    return new Unknown2Variant(json.as(Unknown.class));
                } catch (java.lang.IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
            try {
                return new JsonPropertyVariant(json.as(JsonProperty.class));
            } catch (java.lang.IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json.isString()) {
            try {
                return new StringValueVariant(json.as(String.class));
            } catch (java.lang.IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        }
        return new Unknown2(json.plain());
    }

    interface Visitor<R> {
        R visitUnknown2(Unknown value);
        R visitJsonProperty(JsonProperty value);
        R visitStringValue(String value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    record Unknown2Variant(Unknown value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown2(value);
        }
    }

    record JsonPropertyVariant(JsonProperty value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitJsonProperty(value);
        }
    }

    record StringValueVariant(String value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringValue(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown2(Object value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
