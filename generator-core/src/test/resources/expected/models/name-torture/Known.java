// Source: name-torture.yaml#/components/schemas/Known
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An enum whose name is the one its nested Java enum would take.
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known2} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Known {
    /**
     * The value <code>"known"</code>.
     */
    public static final Known KNOWN = new Known("known", Known2.KNOWN);

    /**
     * The value <code>"KNOWN_VALUES"</code>.
     */
    public static final Known KNOWN_VALUES = new Known("KNOWN_VALUES", Known2.KNOWN_VALUES);

    /**
     * The value <code>"_unknown"</code>.
     */
    public static final Known UNKNOWN = new Known("_unknown", Known2.UNKNOWN);

    /**
     * The value <code>"values"</code>.
     */
    public static final Known VALUES = new Known("values", Known2.VALUES);

    /**
     * The value <code>"value"</code>.
     */
    public static final Known VALUE = new Known("value", Known2.VALUE);

    /**
     * The value <code>"of"</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static Known of(String value) {
        Objects.requireNonNull(value, "value");
        for (Known candidate : KNOWN_VALUES_2) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Known(value, Known2._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<Known> values() {
        return KNOWN_VALUES_2;
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
        return known != Known2._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on.
     *
     * @return the matching constant, or {@code _UNKNOWN} for a value the spec does not list
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

    /**
     * The values of {@link Known} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known2 {
        /**
         * {@link Known#KNOWN}.
         */
        KNOWN,

        /**
         * {@link Known#KNOWN_VALUES}.
         */
        KNOWN_VALUES,

        /**
         * {@link Known#UNKNOWN}.
         */
        UNKNOWN,

        /**
         * {@link Known#VALUES}.
         */
        VALUES,

        /**
         * {@link Known#VALUE}.
         */
        VALUE,

        /**
         * {@link Known#OF}.
         */
        OF,

        /**
         * A value the spec does not list; {@link Known#value()} holds it.
         */
        _UNKNOWN
    }
}
