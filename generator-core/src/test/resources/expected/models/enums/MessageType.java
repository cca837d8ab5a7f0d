// Source: enums.yaml#/components/schemas/MessageType
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Chatwoot's message types, as integers. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageType {
    public static final MessageType VALUE_0 = new MessageType(0L, Known.VALUE_0);
    public static final MessageType VALUE_1 = new MessageType(1L, Known.VALUE_1);
    public static final MessageType VALUE_2 = new MessageType(2L, Known.VALUE_2);
    public static final MessageType VALUE_3 = new MessageType(3L, Known.VALUE_3);
    private static final List<MessageType> KNOWN_VALUES = List.of(VALUE_0, VALUE_1, VALUE_2, VALUE_3);
    private final long value;
    private final Known known;

    private MessageType(long value, Known known) {
        this.value = value;
        this.known = known;
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MessageType of(long value) {
        for (MessageType candidate : KNOWN_VALUES) {
            if (candidate.value == value) {
                return candidate;
            }
        }
        return new MessageType(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<MessageType> values() {
        return KNOWN_VALUES;
    }

    @JsonValue
    public long value() {
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
        return other instanceof MessageType that && value == that.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public enum Known {
        VALUE_0,
        VALUE_1,
        VALUE_2,
        VALUE_3,
        _UNKNOWN
    }
}
