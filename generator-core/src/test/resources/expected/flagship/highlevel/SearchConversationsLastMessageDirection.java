// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/8/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsLastMessageDirection extends OpenEnum<String, SearchConversationsLastMessageDirection.Known> {
    public static final SearchConversationsLastMessageDirection INBOUND = new SearchConversationsLastMessageDirection("inbound", Known.INBOUND);
    public static final SearchConversationsLastMessageDirection OUTBOUND = new SearchConversationsLastMessageDirection("outbound", Known.OUTBOUND);
    private static final List<SearchConversationsLastMessageDirection> KNOWN_VALUES = List.of(INBOUND, OUTBOUND);

    private SearchConversationsLastMessageDirection(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsLastMessageDirection of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new SearchConversationsLastMessageDirection(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsLastMessageDirection> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        INBOUND,
        OUTBOUND,
        _UNKNOWN
    }
}
