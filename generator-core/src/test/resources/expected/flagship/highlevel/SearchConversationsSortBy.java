// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/16/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsSortBy {
    public static final SearchConversationsSortBy LAST_MANUAL_MESSAGE_DATE = new SearchConversationsSortBy("last_manual_message_date", Known.LAST_MANUAL_MESSAGE_DATE);
    public static final SearchConversationsSortBy LAST_MESSAGE_DATE = new SearchConversationsSortBy("last_message_date", Known.LAST_MESSAGE_DATE);
    public static final SearchConversationsSortBy SCORE_PROFILE = new SearchConversationsSortBy("score_profile", Known.SCORE_PROFILE);
    public static final SearchConversationsSortBy OVERDUE_AT = new SearchConversationsSortBy("overdue_at", Known.OVERDUE_AT);
    public static final SearchConversationsSortBy DUE_AT = new SearchConversationsSortBy("due_at", Known.DUE_AT);
    private static final List<SearchConversationsSortBy> KNOWN_VALUES = List.of(LAST_MANUAL_MESSAGE_DATE, LAST_MESSAGE_DATE, SCORE_PROFILE, OVERDUE_AT, DUE_AT);
    private final String value;
    private final Known known;

    private SearchConversationsSortBy(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsSortBy of(String value) {
        Objects.requireNonNull(value, "value");
        for (SearchConversationsSortBy candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new SearchConversationsSortBy(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsSortBy> values() {
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
        return other instanceof SearchConversationsSortBy that && value.equals(that.value);
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
        LAST_MANUAL_MESSAGE_DATE,
        LAST_MESSAGE_DATE,
        SCORE_PROFILE,
        OVERDUE_AT,
        DUE_AT,
        _UNKNOWN
    }
}
