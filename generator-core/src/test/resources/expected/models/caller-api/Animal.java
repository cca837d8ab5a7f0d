// Source: caller-api.yaml#/components/schemas/Animal
package dev.specgen.models.callerapi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.model.ModelSupport;
import dev.specgen.runtime.model.UnionJson;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * One of: {@link BirdVariant}, {@link FishVariant}, told apart by the property <code>kind</code>. A
 * value no variant reads is kept as {@link Unknown} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Animal permits Animal.BirdVariant, Animal.FishVariant, Animal.Unknown {
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
     * A {@code Animal} holding the variant {@code Bird}, its discriminator set to <code>bird</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Animal ofBird(Bird value) {
        Objects.requireNonNull(value, "value");
        return new BirdVariant(new Bird(AnimalKind.of(ModelSupport.tag(value.kind() == null ? null : value.kind().value(), "bird")), value.wings(), value.additionalProperties()));
    }

    /**
     * A {@code Animal} holding the variant {@code Fish}, its discriminator set to <code>fish</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Animal ofFish(Fish value) {
        Objects.requireNonNull(value, "value");
        return new FishVariant(new Fish(value.fins(), ModelSupport.with(value.additionalProperties(), "kind", "fish")));
    }

    /**
     * Whether this value holds the variant {@code Bird}.
     *
     * @return {@code true} if it does
     */
    default boolean isBird() {
        return this instanceof BirdVariant;
    }

    /**
     * The value of the variant {@code Bird}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Bird asBird() {
        if (this instanceof BirdVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Animal holds " + getClass().getSimpleName() + ", not Bird");
    }

    /**
     * Whether this value holds the variant {@code Fish}.
     *
     * @return {@code true} if it does
     */
    default boolean isFish() {
        return this instanceof FishVariant;
    }

    /**
     * The value of the variant {@code Fish}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Fish asFish() {
        if (this instanceof FishVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Animal holds " + getClass().getSimpleName() + ", not Fish");
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
    static Animal read(UnionJson json) {
        @Nullable String tag = json.text("kind");
        if (tag == null) {
            return new Unknown(json.plain());
        }
        try {
            return switch (tag) {
                case "bird" -> new BirdVariant(json.as(Bird.class));
                case "fish" -> new FishVariant(json.as(Fish.class));
                default -> new Unknown(json.plain());
            };
        } catch (IllegalArgumentException e) {
            // the tag is known but the fields do not fit its variant: keep the JSON as it is
            return new Unknown(json.plain());
        }
    }

    /**
     * What to do with each variant of a {@link Animal}, for {@link Animal#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code Bird}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitBird(Bird value);

        /**
         * Called for the variant {@code Fish}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitFish(Fish value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code Bird} (discriminator <code>bird</code>).
     *
     * @param value the value
     */
    record BirdVariant(Bird value) implements Animal {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBird(value);
        }
    }

    /**
     * A value of variant {@code Fish} (discriminator <code>fish</code>).
     *
     * @param value the value
     */
    record FishVariant(Fish value) implements Animal {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFish(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Animal {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
