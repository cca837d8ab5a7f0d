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
    /**
     * The variant's value, which is what is written as JSON.
     *
     * @return the value
     */
    @JsonValue
    Object value();

    /**
     * Calls the method of {@code visitor} for the variant this value holds.
     *
     * @param <R> what the visitor returns
     * @param visitor the code to run per variant
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * A {@code Either} holding the variant {@code Unknown}.
     *
     * @param value the value
     * @return the union value
     */
    static Either ofUnknown2(Unknown value) {
        Objects.requireNonNull(value, "value");
        return new Unknown2Variant(value);
    }

    /**
     * A {@code Either} holding the variant {@code JsonProperty}.
     *
     * @param value the value
     * @return the union value
     */
    static Either ofJsonProperty(JsonProperty value) {
        Objects.requireNonNull(value, "value");
        return new JsonPropertyVariant(value);
    }

    /**
     * A {@code Either} holding the variant {@code StringValue}.
     *
     * @param value the value
     * @return the union value
     */
    static Either ofStringValue(String value) {
        Objects.requireNonNull(value, "value");
        return new StringValueVariant(value);
    }

    /**
     * Whether this value holds the variant {@code Unknown}.
     *
     * @return {@code true} if it does
     */
    default boolean isUnknown2() {
        return this instanceof Unknown2Variant;
    }

    /**
     * The value of the variant {@code Unknown}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Unknown asUnknown2() {
        if (this instanceof Unknown2Variant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Either holds " + getClass().getSimpleName() + ", not Unknown");
    }

    /**
     * Whether this value holds the variant {@code JsonProperty}.
     *
     * @return {@code true} if it does
     */
    default boolean isJsonProperty() {
        return this instanceof JsonPropertyVariant;
    }

    /**
     * The value of the variant {@code JsonProperty}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default JsonProperty asJsonProperty() {
        if (this instanceof JsonPropertyVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Either holds " + getClass().getSimpleName() + ", not JsonProperty");
    }

    /**
     * Whether this value holds the variant {@code StringValue}.
     *
     * @return {@code true} if it does
     */
    default boolean isStringValue() {
        return this instanceof StringValueVariant;
    }

    /**
     * The value of the variant {@code StringValue}.
     *
     * @return the value
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
     *
     * @param json the JSON value being read
     * @return the variant
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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

    /**
     * What to do with each variant of a {@link Either}, for {@link Either#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code Unknown}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitUnknown2(Unknown value);

        /**
         * Called for the variant {@code JsonProperty}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitJsonProperty(JsonProperty value);

        /**
         * Called for the variant {@code StringValue}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitStringValue(String value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code Unknown}.
     *
     * @param value the value
     */
    record Unknown2Variant(Unknown value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown2(value);
        }
    }

    /**
     * A value of variant {@code JsonProperty}.
     *
     * @param value the value
     */
    record JsonPropertyVariant(JsonProperty value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitJsonProperty(value);
        }
    }

    /**
     * A value of variant {@code StringValue}.
     *
     * @param value the value
     */
    record StringValueVariant(String value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringValue(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown2(Object value) implements Either {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
