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
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    /**
     * Sets the discriminator to <code>cat</code> unless it holds another value that selects this variant.
     */
    static Pet ofCat(Cat value) {
        Objects.requireNonNull(value, "value");
        return new CatVariant(new Cat(ModelSupport.tag(value.petType(), "cat", "kitty"), value.meows(), value.additionalProperties()));
    }

    /**
     * Sets the discriminator to <code>dog</code> unless it holds another value that selects this variant.
     */
    static Pet ofDog(Dog value) {
        Objects.requireNonNull(value, "value");
        return new DogVariant(new Dog(ModelSupport.tag(value.petType(), "dog"), value.barks(), value.additionalProperties()));
    }

    /**
     * Sets the discriminator to <code>Lizard</code> unless it holds another value that selects this variant.
     */
    static Pet ofLizard(Lizard value) {
        Objects.requireNonNull(value, "value");
        return new LizardVariant(new Lizard(ModelSupport.tag(value.petType(), "Lizard"), value.scales(), value.additionalProperties()));
    }

    default boolean isCat() {
        return this instanceof CatVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Cat asCat() {
        if (this instanceof CatVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Pet holds " + getClass().getSimpleName() + ", not Cat");
    }

    default boolean isDog() {
        return this instanceof DogVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Dog asDog() {
        if (this instanceof DogVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Pet holds " + getClass().getSimpleName() + ", not Dog");
    }

    default boolean isLizard() {
        return this instanceof LizardVariant;
    }

    /**
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    interface Visitor<R> {
        R visitCat(Cat value);
        R visitDog(Dog value);
        R visitLizard(Lizard value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    /**
     * {@code Cat} (discriminator <code>cat</code>, <code>kitty</code>)
     */
    record CatVariant(Cat value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCat(value);
        }
    }

    /**
     * {@code Dog} (discriminator <code>dog</code>)
     */
    record DogVariant(Dog value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDog(value);
        }
    }

    /**
     * {@code Lizard} (discriminator <code>Lizard</code>)
     */
    record LizardVariant(Lizard value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLizard(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown(Object value) implements Pet {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
