// Source: discriminated-union.yaml#/components/schemas/Pet
package dev.specgen.models.discriminatedunion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.model.ModelSupport;
import dev.specgen.runtime.model.UnionJson;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A pet, told apart by its petType.
 *
 * <p>One of: {@link CatVariant}, {@link DogVariant}, {@link LizardVariant}, told apart by the
 * property <code>petType</code>. A value no variant reads is kept as {@link Unknown} and written
 * back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Pet permits Pet.CatVariant, Pet.DogVariant, Pet.LizardVariant, Pet.Unknown {
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
     * A {@code Pet} holding the variant {@code Cat}, its discriminator set to <code>cat</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Pet ofCat(Cat value) {
        Objects.requireNonNull(value, "value");
        return new CatVariant(new Cat(ModelSupport.tag(value.petType(), "cat", "kitty"), value.meows(), value.additionalProperties()));
    }

    /**
     * A {@code Pet} holding the variant {@code Dog}, its discriminator set to <code>dog</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Pet ofDog(Dog value) {
        Objects.requireNonNull(value, "value");
        return new DogVariant(new Dog(ModelSupport.tag(value.petType(), "dog"), value.barks(), value.additionalProperties()));
    }

    /**
     * A {@code Pet} holding the variant {@code Lizard}, its discriminator set to <code>Lizard</code>
     * (kept when it already holds another value that selects this variant).
     *
     * @param value the value
     * @return the union value
     */
    static Pet ofLizard(Lizard value) {
        Objects.requireNonNull(value, "value");
        return new LizardVariant(new Lizard(ModelSupport.tag(value.petType(), "Lizard"), value.scales(), value.additionalProperties()));
    }

    /**
     * Whether this value holds the variant {@code Cat}.
     *
     * @return {@code true} if it does
     */
    default boolean isCat() {
        return this instanceof CatVariant;
    }

    /**
     * The value of the variant {@code Cat}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Cat asCat() {
        if (this instanceof CatVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Pet holds " + getClass().getSimpleName() + ", not Cat");
    }

    /**
     * Whether this value holds the variant {@code Dog}.
     *
     * @return {@code true} if it does
     */
    default boolean isDog() {
        return this instanceof DogVariant;
    }

    /**
     * The value of the variant {@code Dog}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Dog asDog() {
        if (this instanceof DogVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Pet holds " + getClass().getSimpleName() + ", not Dog");
    }

    /**
     * Whether this value holds the variant {@code Lizard}.
     *
     * @return {@code true} if it does
     */
    default boolean isLizard() {
        return this instanceof LizardVariant;
    }

    /**
     * The value of the variant {@code Lizard}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Lizard asLizard() {
        if (this instanceof LizardVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Pet holds " + getClass().getSimpleName() + ", not Lizard");
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
    static Pet read(UnionJson json) {
        @Nullable String tag = json.text("petType");
        if (tag == null) {
            return new Unknown(json.plain());
        }
        try {
            return switch (tag) {
                case "cat", "kitty" -> new CatVariant(json.as(Cat.class));
                case "dog" -> new DogVariant(json.as(Dog.class));
                case "Lizard" -> new LizardVariant(json.as(Lizard.class));
                default -> new Unknown(json.plain());
            };
        } catch (IllegalArgumentException e) {
            // the tag is known but the fields do not fit its variant: keep the JSON as it is
            return new Unknown(json.plain());
        }
    }

    /**
     * What to do with each variant of a {@link Pet}, for {@link Pet#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code Cat}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitCat(Cat value);

        /**
         * Called for the variant {@code Dog}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitDog(Dog value);

        /**
         * Called for the variant {@code Lizard}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitLizard(Lizard value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code Cat} (discriminator <code>cat</code>, <code>kitty</code>).
     *
     * @param value the value
     */
    record CatVariant(Cat value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCat(value);
        }
    }

    /**
     * A value of variant {@code Dog} (discriminator <code>dog</code>).
     *
     * @param value the value
     */
    record DogVariant(Dog value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDog(value);
        }
    }

    /**
     * A value of variant {@code Lizard} (discriminator <code>Lizard</code>).
     *
     * @param value the value
     */
    record LizardVariant(Lizard value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLizard(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
