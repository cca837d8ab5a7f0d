// Source: front.yaml#/components/schemas/StatusCategory
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Status category of a conversation when ticketing is enabled.
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class StatusCategory {
    /**
     * The value <code>"open"</code>.
     */
    public static final StatusCategory OPEN = new StatusCategory("open", Known.OPEN);

    /**
     * The value <code>"waiting"</code>.
     */
    public static final StatusCategory WAITING = new StatusCategory("waiting", Known.WAITING);

    /**
     * The value <code>"resolved"</code>.
     */
    public static final StatusCategory RESOLVED = new StatusCategory("resolved", Known.RESOLVED);

    private static final List<StatusCategory> KNOWN_VALUES = List.of(OPEN, WAITING, RESOLVED);

    private final String value;

    private final Known known;

    private StatusCategory(String value, Known known) {
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
    public static StatusCategory of(String value) {
        Objects.requireNonNull(value, "value");
        for (StatusCategory candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new StatusCategory(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<StatusCategory> values() {
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
        return other instanceof StatusCategory that && value.equals(that.value);
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
     * The values of {@link StatusCategory} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link StatusCategory#OPEN}.
         */
        OPEN,

        /**
         * {@link StatusCategory#WAITING}.
         */
        WAITING,

        /**
         * {@link StatusCategory#RESOLVED}.
         */
        RESOLVED,

        /**
         * A value the spec does not list; {@link StatusCategory#value()} holds it.
         */
        _UNKNOWN
    }
}
