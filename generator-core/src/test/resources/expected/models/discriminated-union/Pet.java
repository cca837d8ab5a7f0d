// Source: discriminated-union.yaml#/components/schemas/Pet
package dev.specgen.models.discriminatedunion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import javax.annotation.processing.Generated;

/**
 * A pet, told apart by its petType.
 *
 * <p>One of: {@link Cat}, {@link Dog}, {@link Lizard}, told apart by the property
 * <code>petType</code>. A value no variant reads is kept as {@link Unknown} and written back
 * unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Pet permits Pet.Cat, Pet.Dog, Pet.Lizard, Pet.Unknown {
    /**
     * The variant's value, which is what is written as JSON.
     *
     * @return the value
     */
    @JsonValue
    Object value();

    /**
     * Reads the variant {@code json} holds; Jackson calls it with the JSON read as plain values.
     *
     * @param json plain JSON values, or {@code null}
     * @return the variant, {@code Unknown} when none reads the value, or {@code null} for {@code null}
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Pet fromJson(Object json) {
        if (json == null) {
            return null;
        }
        if (!(ModelSupport.property(json, "petType") instanceof String tag)) {
            return new Unknown(json);
        }
        try {
            return switch (tag) {
                case "cat", "kitty" -> new Cat(dev.specgen.models.discriminatedunion.Cat.fromJson(json));
                case "dog" -> new Dog(dev.specgen.models.discriminatedunion.Dog.fromJson(json));
                case "Lizard" -> new Lizard(dev.specgen.models.discriminatedunion.Lizard.fromJson(json));
                default -> new Unknown(json);
            };
        } catch (IllegalArgumentException e) {
            // the tag is known but the fields do not fit its variant: keep the JSON as it is
            return new Unknown(json);
        }
    }

    /**
     * A value of variant {@code Cat} (discriminator <code>cat</code>, <code>kitty</code>).
     *
     * @param value the value
     */
    record Cat(dev.specgen.models.discriminatedunion.Cat value) implements Pet {
    }

    /**
     * A value of variant {@code Dog} (discriminator <code>dog</code>).
     *
     * @param value the value
     */
    record Dog(dev.specgen.models.discriminatedunion.Dog value) implements Pet {
    }

    /**
     * A value of variant {@code Lizard} (discriminator <code>Lizard</code>).
     *
     * @param value the value
     */
    record Lizard(dev.specgen.models.discriminatedunion.Lizard value) implements Pet {
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Pet {
    }
}
