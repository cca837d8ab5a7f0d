// Source: enums.yaml#/components/schemas/Negative
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Negative {
    public static final Negative VALUE__1 = new Negative(-1L, Known.VALUE__1);
    public static final Negative VALUE_0 = new Negative(0L, Known.VALUE_0);
    public static final Negative VALUE_1 = new Negative(1L, Known.VALUE_1);
    private static final List<Negative> KNOWN_VALUES = List.of(VALUE__1, VALUE_0, VALUE_1);
    private final long value;
    private final Known known;

    private Negative(long value, Known known) {
        this.value = value;
        this.known = known;
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Negative of(long value) {
        for (Negative candidate : KNOWN_VALUES) {
            if (candidate.value == value) {
                return candidate;
            }
        }
        return new Negative(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<Negative> values() {
        return KNOWN_VALUES;
    }

    @JsonValue
    public long value() {
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
        return other instanceof Negative that && value == that.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public enum Known {
        VALUE__1,
        VALUE_0,
        VALUE_1,
        _UNKNOWN
    }
}
