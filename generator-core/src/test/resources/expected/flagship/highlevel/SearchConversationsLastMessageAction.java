// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/7/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsLastMessageAction extends OpenEnum<String, SearchConversationsLastMessageAction.Known> {
    public static final SearchConversationsLastMessageAction AUTOMATED = new SearchConversationsLastMessageAction("automated", Known.AUTOMATED);
    public static final SearchConversationsLastMessageAction MANUAL = new SearchConversationsLastMessageAction("manual", Known.MANUAL);
    private static final List<SearchConversationsLastMessageAction> KNOWN_VALUES = List.of(AUTOMATED, MANUAL);

    private SearchConversationsLastMessageAction(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsLastMessageAction of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new SearchConversationsLastMessageAction(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsLastMessageAction> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        AUTOMATED,
        MANUAL,
        _UNKNOWN
    }
}
