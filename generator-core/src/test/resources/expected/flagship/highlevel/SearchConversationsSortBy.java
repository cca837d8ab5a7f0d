// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/16/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsSortBy extends OpenEnum<String, SearchConversationsSortBy.Known> {
    public static final SearchConversationsSortBy LAST_MANUAL_MESSAGE_DATE = new SearchConversationsSortBy("last_manual_message_date", Known.LAST_MANUAL_MESSAGE_DATE);
    public static final SearchConversationsSortBy LAST_MESSAGE_DATE = new SearchConversationsSortBy("last_message_date", Known.LAST_MESSAGE_DATE);
    public static final SearchConversationsSortBy SCORE_PROFILE = new SearchConversationsSortBy("score_profile", Known.SCORE_PROFILE);
    public static final SearchConversationsSortBy OVERDUE_AT = new SearchConversationsSortBy("overdue_at", Known.OVERDUE_AT);
    public static final SearchConversationsSortBy DUE_AT = new SearchConversationsSortBy("due_at", Known.DUE_AT);
    private static final List<SearchConversationsSortBy> KNOWN_VALUES = List.of(LAST_MANUAL_MESSAGE_DATE, LAST_MESSAGE_DATE, SCORE_PROFILE, OVERDUE_AT, DUE_AT);

    private SearchConversationsSortBy(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsSortBy of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new SearchConversationsSortBy(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsSortBy> values() {
        return KNOWN_VALUES;
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
