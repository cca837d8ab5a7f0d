// Source: name-torture.yaml#/components/schemas/Known
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** An enum whose name is the one its nested Java enum would take. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Known {
    public static final Known KNOWN = new Known("known", Known2.KNOWN);
    public static final Known KNOWN_VALUES = new Known("KNOWN_VALUES", Known2.KNOWN_VALUES);
    public static final Known UNKNOWN = new Known("_unknown", Known2.UNKNOWN);
    public static final Known VALUES = new Known("values", Known2.VALUES);
    public static final Known VALUE = new Known("value", Known2.VALUE);
    public static final Known OF = new Known("of", Known2.OF);
    private static final List<Known> KNOWN_VALUES_2 = List.of(KNOWN, KNOWN_VALUES, UNKNOWN, VALUES, VALUE, OF);
    private final String value;
    private final Known2 known;

    private Known(String value, Known2 known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Known of(String value) {
        Objects.requireNonNull(value, "value");
        for (Known candidate : KNOWN_VALUES_2) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Known(value, Known2._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<Known> values() {
        return KNOWN_VALUES_2;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isKnown() {
        return known != Known2._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on; {@code _UNKNOWN} for a value the spec does not list.
     */
    public Known2 known() {
        return known;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Known that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public enum Known2 {
        KNOWN,
        KNOWN_VALUES,
        UNKNOWN,
        VALUES,
        VALUE,
        OF,
        _UNKNOWN
    }
}
