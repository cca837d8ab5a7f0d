// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/7/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsLastMessageAction {
    public static final SearchConversationsLastMessageAction AUTOMATED = new SearchConversationsLastMessageAction("automated", Known.AUTOMATED);
    public static final SearchConversationsLastMessageAction MANUAL = new SearchConversationsLastMessageAction("manual", Known.MANUAL);
    private static final List<SearchConversationsLastMessageAction> KNOWN_VALUES = List.of(AUTOMATED, MANUAL);
    private final String value;
    private final Known known;

    private SearchConversationsLastMessageAction(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsLastMessageAction of(String value) {
        Objects.requireNonNull(value, "value");
        for (SearchConversationsLastMessageAction candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new SearchConversationsLastMessageAction(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsLastMessageAction> values() {
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
        return other instanceof SearchConversationsLastMessageAction that && value.equals(that.value);
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
        AUTOMATED,
        MANUAL,
        _UNKNOWN
    }
}
