// Source: caller-api.yaml#/components/schemas/AnimalKind
package dev.specgen.models.callerapi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class AnimalKind {
    public static final AnimalKind BIRD = new AnimalKind("bird", Known.BIRD);
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AnimalKind of(String value) {
        Objects.requireNonNull(value, "value");
        for (AnimalKind candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new AnimalKind(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<AnimalKind> values() {
        return KNOWN_VALUES;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isKnown() {
        return known != Known._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on; {@code _UNKNOWN} for a value the spec does not list.
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

    public enum Known {
        BIRD,
        FISH,
        _UNKNOWN
    }
}
