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
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    /**
     * Sets the discriminator to <code>bird</code> unless it holds another value that selects this variant.
     */
    static Animal ofBird(Bird value) {
        Objects.requireNonNull(value, "value");
        return new BirdVariant(new Bird(AnimalKind.of(ModelSupport.tag(value.kind() == null ? null : value.kind().value(), "bird")), value.wings(), value.additionalProperties()));
    }

    /**
     * Sets the discriminator to <code>fish</code> unless it holds another value that selects this variant.
     */
    static Animal ofFish(Fish value) {
        Objects.requireNonNull(value, "value");
        return new FishVariant(new Fish(value.fins(), ModelSupport.with(value.additionalProperties(), "kind", "fish")));
    }

    default boolean isBird() {
        return this instanceof BirdVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Bird asBird() {
        if (this instanceof BirdVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Animal holds " + getClass().getSimpleName() + ", not Bird");
    }

    default boolean isFish() {
        return this instanceof FishVariant;
    }

    /**
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    interface Visitor<R> {
        R visitBird(Bird value);
        R visitFish(Fish value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    /**
     * {@code Bird} (discriminator <code>bird</code>)
     */
    record BirdVariant(Bird value) implements Animal {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBird(value);
        }
    }

    /**
     * {@code Fish} (discriminator <code>fish</code>)
     */
    record FishVariant(Fish value) implements Animal {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFish(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown(Object value) implements Animal {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
