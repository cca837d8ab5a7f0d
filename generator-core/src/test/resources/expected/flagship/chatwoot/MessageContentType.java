// Source: chatwoot-compatible.yaml#/components/schemas/Message/properties/content_type
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** The type of the template message */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageContentType {
    public static final MessageContentType TEXT = new MessageContentType("text", Known.TEXT);
    public static final MessageContentType INPUT_SELECT = new MessageContentType("input_select", Known.INPUT_SELECT);
    public static final MessageContentType CARDS = new MessageContentType("cards", Known.CARDS);
    public static final MessageContentType FORM = new MessageContentType("form", Known.FORM);
    private static final List<MessageContentType> KNOWN_VALUES = List.of(TEXT, INPUT_SELECT, CARDS, FORM);
    private final String value;
    private final Known known;

    private MessageContentType(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MessageContentType of(String value) {
        Objects.requireNonNull(value, "value");
        for (MessageContentType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new MessageContentType(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<MessageContentType> values() {
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
        return other instanceof MessageContentType that && value.equals(that.value);
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
        TEXT,
        INPUT_SELECT,
        CARDS,
        FORM,
        _UNKNOWN
    }
}
