// Source: enums.yaml#/components/schemas/Ticket/properties/priority
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** An inline enum, nullable. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class TicketPriority extends OpenEnum<String, TicketPriority.Known> {
    public static final TicketPriority LOW = new TicketPriority("low", Known.LOW);
    public static final TicketPriority HIGH = new TicketPriority("high", Known.HIGH);
    private static final List<TicketPriority> KNOWN_VALUES = List.of(LOW, HIGH);

    private TicketPriority(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TicketPriority of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new TicketPriority(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<TicketPriority> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        LOW,
        HIGH,
        _UNKNOWN
    }
}
