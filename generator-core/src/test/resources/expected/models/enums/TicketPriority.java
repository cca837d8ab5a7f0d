// Source: enums.yaml#/components/schemas/Ticket/properties/priority
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** An inline enum, nullable. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class TicketPriority {
    public static final TicketPriority LOW = new TicketPriority("low", Known.LOW);
    public static final TicketPriority HIGH = new TicketPriority("high", Known.HIGH);
    private static final List<TicketPriority> KNOWN_VALUES = List.of(LOW, HIGH);
    private final String value;
    private final Known known;

    private TicketPriority(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TicketPriority of(String value) {
        Objects.requireNonNull(value, "value");
        for (TicketPriority candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new TicketPriority(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<TicketPriority> values() {
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
        return other instanceof TicketPriority that && value.equals(that.value);
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
        LOW,
        HIGH,
        _UNKNOWN
    }
}
