// Source: chatwoot-compatible.yaml#/components/schemas/Message/properties/content_type
package dev.specgen.flagship.inquirly;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** The type of the template message */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageContentType extends OpenEnum<String, MessageContentType.Known> {
    public static final MessageContentType TEXT = new MessageContentType("text", Known.TEXT);
    public static final MessageContentType INPUT_SELECT = new MessageContentType("input_select", Known.INPUT_SELECT);
    public static final MessageContentType CARDS = new MessageContentType("cards", Known.CARDS);
    public static final MessageContentType FORM = new MessageContentType("form", Known.FORM);
    private static final List<MessageContentType> KNOWN_VALUES = List.of(TEXT, INPUT_SELECT, CARDS, FORM);

    private MessageContentType(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MessageContentType of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new MessageContentType(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<MessageContentType> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        TEXT,
        INPUT_SELECT,
        CARDS,
        FORM,
        _UNKNOWN
    }
}
