// Source: chatwoot-compatible.yaml#/components/schemas/Message/properties/message_type
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** The type of the message */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageMessageType extends OpenEnum<String, MessageMessageType.Known> {
    public static final MessageMessageType INCOMING = new MessageMessageType("incoming", Known.INCOMING);
    public static final MessageMessageType OUTGOING = new MessageMessageType("outgoing", Known.OUTGOING);
    public static final MessageMessageType ACTIVITY = new MessageMessageType("activity", Known.ACTIVITY);
    public static final MessageMessageType TEMPLATE = new MessageMessageType("template", Known.TEMPLATE);
    private static final List<MessageMessageType> KNOWN_VALUES = List.of(INCOMING, OUTGOING, ACTIVITY, TEMPLATE);

    private MessageMessageType(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MessageMessageType of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new MessageMessageType(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<MessageMessageType> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        INCOMING,
        OUTGOING,
        ACTIVITY,
        TEMPLATE,
        _UNKNOWN
    }
}
