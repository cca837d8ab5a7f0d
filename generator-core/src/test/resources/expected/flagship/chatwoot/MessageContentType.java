// Source: chatwoot-compatible.yaml#/components/schemas/Message/properties/content_type
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The type of the template message
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class MessageContentType {
    /**
     * The value <code>"text"</code>.
     */
    public static final MessageContentType TEXT = new MessageContentType("text", Known.TEXT);

    /**
     * The value <code>"input_select"</code>.
     */
    public static final MessageContentType INPUT_SELECT = new MessageContentType("input_select", Known.INPUT_SELECT);

    /**
     * The value <code>"cards"</code>.
     */
    public static final MessageContentType CARDS = new MessageContentType("cards", Known.CARDS);

    /**
     * The value <code>"form"</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static MessageContentType of(String value) {
        Objects.requireNonNull(value, "value");
        for (MessageContentType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new MessageContentType(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<MessageContentType> values() {
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

    /**
     * The values of {@link MessageContentType} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link MessageContentType#TEXT}.
         */
        TEXT,

        /**
         * {@link MessageContentType#INPUT_SELECT}.
         */
        INPUT_SELECT,

        /**
         * {@link MessageContentType#CARDS}.
         */
        CARDS,

        /**
         * {@link MessageContentType#FORM}.
         */
        FORM,

        /**
         * A value the spec does not list; {@link MessageContentType#value()} holds it.
         */
        _UNKNOWN
    }
}
