// Source: caller-api.yaml#/components/schemas/AnimalKind
package dev.specgen.models.callerapi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class AnimalKind {
    /**
     * The value <code>"bird"</code>.
     */
    public static final AnimalKind BIRD = new AnimalKind("bird", Known.BIRD);

    /**
     * The value <code>"fish"</code>.
     */
    public static final AnimalKind FISH = new AnimalKind("fish", Known.FISH);

    private static final List<AnimalKind> KNOWN_VALUES = List.of(BIRD, FISH);

    private final String value;

    private final Known known;

    private AnimalKind(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static AnimalKind of(String value) {
        Objects.requireNonNull(value, "value");
        for (AnimalKind candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new AnimalKind(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<AnimalKind> values() {
        return KNOWN_VALUES;
    }

    /**
     * The value as sent, known or not.
     *
     * @return the raw value
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Whether the spec lists this value.
     *
     * @return {@code false} for values added after the spec was written
     */
    public boolean isKnown() {
        return known != Known._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on.
     *
     * @return the matching constant, or {@code _UNKNOWN} for a value the spec does not list
     */
    public Known known() {
        return known;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AnimalKind that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * The values of {@link AnimalKind} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link AnimalKind#BIRD}.
         */
        BIRD,

        /**
         * {@link AnimalKind#FISH}.
         */
        FISH,

        /**
         * A value the spec does not list; {@link AnimalKind#value()} holds it.
         */
        _UNKNOWN
    }
}
