// Source: front.yaml#/components/schemas/ConversationStatus
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Status of a conversation. The list-contact-conversations reference names the trash status
 * <code>trashed</code>; the conversation resource reference names it <code>deleted</code>. Both
 * spellings are accepted in <code>q[statuses]</code> and may appear in responses.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class ConversationStatus extends OpenEnum<String, ConversationStatus.Known> {
    public static final ConversationStatus ASSIGNED = new ConversationStatus("assigned", Known.ASSIGNED);
    public static final ConversationStatus UNASSIGNED = new ConversationStatus("unassigned", Known.UNASSIGNED);
    public static final ConversationStatus ARCHIVED = new ConversationStatus("archived", Known.ARCHIVED);
    public static final ConversationStatus TRASHED = new ConversationStatus("trashed", Known.TRASHED);
    public static final ConversationStatus DELETED = new ConversationStatus("deleted", Known.DELETED);
    private static final List<ConversationStatus> KNOWN_VALUES = List.of(ASSIGNED, UNASSIGNED, ARCHIVED, TRASHED, DELETED);

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
        ASSIGNED,
        UNASSIGNED,
        ARCHIVED,
        TRASHED,
        DELETED,
        _UNKNOWN
    }
}
