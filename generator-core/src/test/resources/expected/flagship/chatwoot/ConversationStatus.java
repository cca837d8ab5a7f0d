// Source: chatwoot-compatible.yaml#/components/schemas/ConversationStatus
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** The status of the conversation */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class ConversationStatus extends OpenEnum<String, ConversationStatus.Known> {
    public static final ConversationStatus OPEN = new ConversationStatus("open", Known.OPEN);
    public static final ConversationStatus RESOLVED = new ConversationStatus("resolved", Known.RESOLVED);
    public static final ConversationStatus PENDING = new ConversationStatus("pending", Known.PENDING);
    private static final List<ConversationStatus> KNOWN_VALUES = List.of(OPEN, RESOLVED, PENDING);

    private ConversationStatus(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConversationStatus of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new ConversationStatus(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<ConversationStatus> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        OPEN,
        RESOLVED,
        PENDING,
        _UNKNOWN
    }
}
