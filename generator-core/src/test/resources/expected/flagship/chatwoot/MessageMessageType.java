// Source: chatwoot-compatible.yaml#/components/schemas/Message/properties/message_type
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The type of the message
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageMessageType {
    /**
     * The value <code>"incoming"</code>.
     */
    public static final MessageMessageType INCOMING = new MessageMessageType("incoming", Known.INCOMING);

    /**
     * The value <code>"outgoing"</code>.
     */
    public static final MessageMessageType OUTGOING = new MessageMessageType("outgoing", Known.OUTGOING);

    /**
     * The value <code>"activity"</code>.
     */
    public static final MessageMessageType ACTIVITY = new MessageMessageType("activity", Known.ACTIVITY);

    /**
     * The value <code>"template"</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static MessageMessageType of(String value) {
        Objects.requireNonNull(value, "value");
        for (MessageMessageType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new MessageMessageType(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<MessageMessageType> values() {
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

    /**
     * The values of {@link MessageMessageType} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link MessageMessageType#INCOMING}.
         */
        INCOMING,

        /**
         * {@link MessageMessageType#OUTGOING}.
         */
        OUTGOING,

        /**
         * {@link MessageMessageType#ACTIVITY}.
         */
        ACTIVITY,

        /**
         * {@link MessageMessageType#TEMPLATE}.
         */
        TEMPLATE,

        /**
         * A value the spec does not list; {@link MessageMessageType#value()} holds it.
         */
        _UNKNOWN
    }
}
