// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/19/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsStatus extends OpenEnum<String, SearchConversationsStatus.Known> {
    public static final SearchConversationsStatus ALL = new SearchConversationsStatus("all", Known.ALL);
    public static final SearchConversationsStatus READ = new SearchConversationsStatus("read", Known.READ);
    public static final SearchConversationsStatus UNREAD = new SearchConversationsStatus("unread", Known.UNREAD);
    public static final SearchConversationsStatus STARRED = new SearchConversationsStatus("starred", Known.STARRED);
    public static final SearchConversationsStatus RECENTS = new SearchConversationsStatus("recents", Known.RECENTS);
    private static final List<SearchConversationsStatus> KNOWN_VALUES = List.of(ALL, READ, UNREAD, STARRED, RECENTS);

    private SearchConversationsStatus(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsStatus of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new SearchConversationsStatus(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsStatus> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        ALL,
        READ,
        UNREAD,
        STARRED,
        RECENTS,
        _UNKNOWN
    }
}
