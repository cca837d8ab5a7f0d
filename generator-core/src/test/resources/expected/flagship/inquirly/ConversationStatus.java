// Source: chatwoot-compatible.yaml#/components/schemas/ConversationStatus
package dev.specgen.flagship.inquirly;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** The status of the conversation */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class ConversationStatus {
    public static final ConversationStatus OPEN = new ConversationStatus("open", Known.OPEN);
    public static final ConversationStatus RESOLVED = new ConversationStatus("resolved", Known.RESOLVED);
    public static final ConversationStatus PENDING = new ConversationStatus("pending", Known.PENDING);
    private static final List<ConversationStatus> KNOWN_VALUES = List.of(OPEN, RESOLVED, PENDING);
    private final String value;
    private final Known known;

    private ConversationStatus(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConversationStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (ConversationStatus candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new ConversationStatus(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<ConversationStatus> values() {
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
        return other instanceof ConversationStatus that && value.equals(that.value);
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
        OPEN,
        RESOLVED,
        PENDING,
        _UNKNOWN
    }
}
