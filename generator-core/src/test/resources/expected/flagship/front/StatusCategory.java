// Source: front.yaml#/components/schemas/StatusCategory
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Status category of a conversation when ticketing is enabled. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class StatusCategory extends OpenEnum<String, StatusCategory.Known> {
    public static final StatusCategory OPEN = new StatusCategory("open", Known.OPEN);
    public static final StatusCategory WAITING = new StatusCategory("waiting", Known.WAITING);
    public static final StatusCategory RESOLVED = new StatusCategory("resolved", Known.RESOLVED);
    private static final List<StatusCategory> KNOWN_VALUES = List.of(OPEN, WAITING, RESOLVED);

    private StatusCategory(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatusCategory of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new StatusCategory(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<StatusCategory> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        OPEN,
        WAITING,
        RESOLVED,
        _UNKNOWN
    }
}
