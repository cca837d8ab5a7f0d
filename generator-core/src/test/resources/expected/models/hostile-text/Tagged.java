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
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    /**
     * Sets the discriminator to <code>a"b</code> unless it holds another value that selects this variant.
     */
    static Tagged ofQuoted(Quoted value) {
        Objects.requireNonNull(value, "value");
        return new QuotedVariant(new Quoted(ModelSupport.tag(value.kind(), "a\"b", "\\u0022"), value.additionalProperties()));
    }

    /**
     * Sets the discriminator to <code>Plain</code> unless it holds another value that selects this variant.
     */
    static Tagged ofPlain(Plain value) {
        Objects.requireNonNull(value, "value");
        return new PlainVariant(new Plain(ModelSupport.tag(value.kind(), "Plain"), value.additionalProperties()));
    }

    default boolean isQuoted() {
        return this instanceof QuotedVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Quoted asQuoted() {
        if (this instanceof QuotedVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Tagged holds " + getClass().getSimpleName() + ", not Quoted");
    }

    default boolean isPlain() {
        return this instanceof PlainVariant;
    }

    /**
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    interface Visitor<R> {
        R visitQuoted(Quoted value);
        R visitPlain(Plain value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    /**
     * {@code Quoted} (discriminator <code>a"b</code>, <code>&#92;u0022</code>)
     */
    record QuotedVariant(Quoted value) implements Tagged {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitQuoted(value);
        }
    }

    /**
     * {@code Plain} (discriminator <code>Plain</code>)
     */
    record PlainVariant(Plain value) implements Tagged {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPlain(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown(Object value) implements Tagged {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
