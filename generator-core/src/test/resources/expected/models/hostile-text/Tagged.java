// Source: hostile-text.yaml#/components/schemas/Tagged
package dev.specgen.models.hostiletext;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.model.ModelSupport;
import dev.specgen.runtime.model.UnionJson;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * One of: {@link QuotedVariant}, {@link PlainVariant}, told apart by the property
 * <code>kind"</code>. A value no variant reads is kept as {@link Unknown} and written back
 * unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Tagged permits Tagged.QuotedVariant, Tagged.PlainVariant, Tagged.Unknown {
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
     * A {@code Tagged} holding the variant {@code Quoted}, its discriminator set to <code>a"b</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Tagged ofQuoted(Quoted value) {
        Objects.requireNonNull(value, "value");
        return new QuotedVariant(new Quoted(ModelSupport.tag(value.kind(), "a\"b", "\\u0022"), value.additionalProperties()));
    }

    /**
     * A {@code Tagged} holding the variant {@code Plain}, its discriminator set to <code>Plain</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Tagged ofPlain(Plain value) {
        Objects.requireNonNull(value, "value");
        return new PlainVariant(new Plain(ModelSupport.tag(value.kind(), "Plain"), value.additionalProperties()));
    }

    /**
     * Whether this value holds the variant {@code Quoted}.
     *
     * @return {@code true} if it does
     */
    default boolean isQuoted() {
        return this instanceof QuotedVariant;
    }

    /**
     * The value of the variant {@code Quoted}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Quoted asQuoted() {
        if (this instanceof QuotedVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Tagged holds " + getClass().getSimpleName() + ", not Quoted");
    }

    /**
     * Whether this value holds the variant {@code Plain}.
     *
     * @return {@code true} if it does
     */
    default boolean isPlain() {
        return this instanceof PlainVariant;
    }

    /**
     * The value of the variant {@code Plain}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Plain asPlain() {
        if (this instanceof PlainVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Tagged holds " + getClass().getSimpleName() + ", not Plain");
    }

    /**
     * Picks the variant {@code json} holds, {@code Unknown} when none reads it; Jackson calls it.
     *
     * @param json the JSON value being read
     * @return the variant
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Tagged read(UnionJson json) {
        @Nullable String tag = json.text("kind\"");
        if (tag == null) {
            return new Unknown(json.plain());
        }
        try {
            return switch (tag) {
                case "a\"b", "\\u0022" -> new QuotedVariant(json.as(Quoted.class));
                case "Plain" -> new PlainVariant(json.as(Plain.class));
                default -> new Unknown(json.plain());
            };
        } catch (IllegalArgumentException e) {
            // the tag is known but the fields do not fit its variant: keep the JSON as it is
            return new Unknown(json.plain());
        }
    }

    /**
     * What to do with each variant of a {@link Tagged}, for {@link Tagged#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code Quoted}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitQuoted(Quoted value);

        /**
         * Called for the variant {@code Plain}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitPlain(Plain value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code Quoted} (discriminator <code>a"b</code>, <code>&#92;u0022</code>).
     *
     * @param value the value
     */
    record QuotedVariant(Quoted value) implements Tagged {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitQuoted(value);
        }
    }

    /**
     * A value of variant {@code Plain} (discriminator <code>Plain</code>).
     *
     * @param value the value
     */
    record PlainVariant(Plain value) implements Tagged {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPlain(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Tagged {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
