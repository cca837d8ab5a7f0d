// Source: chatwoot-compatible.yaml#/components/schemas/Message/properties/message_type
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** The type of the message */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageMessageType {
    public static final MessageMessageType INCOMING = new MessageMessageType("incoming", Known.INCOMING);
    public static final MessageMessageType OUTGOING = new MessageMessageType("outgoing", Known.OUTGOING);
    public static final MessageMessageType ACTIVITY = new MessageMessageType("activity", Known.ACTIVITY);
    public static final MessageMessageType TEMPLATE = new MessageMessageType("template", Known.TEMPLATE);
    private static final List<MessageMessageType> KNOWN_VALUES = List.of(INCOMING, OUTGOING, ACTIVITY, TEMPLATE);
    private final String value;
    private final Known known;

    private MessageMessageType(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MessageMessageType of(String value) {
        Objects.requireNonNull(value, "value");
        for (MessageMessageType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new MessageMessageType(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<MessageMessageType> values() {
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
        return other instanceof MessageMessageType that && value.equals(that.value);
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
        INCOMING,
        OUTGOING,
        ACTIVITY,
        TEMPLATE,
        _UNKNOWN
    }
}
