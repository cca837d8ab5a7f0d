// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/15/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsSort extends OpenEnum<String, SearchConversationsSort.Known> {
    public static final SearchConversationsSort ASC = new SearchConversationsSort("asc", Known.ASC);
    public static final SearchConversationsSort DESC = new SearchConversationsSort("desc", Known.DESC);
    private static final List<SearchConversationsSort> KNOWN_VALUES = List.of(ASC, DESC);

    private SearchConversationsSort(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsSort of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new SearchConversationsSort(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsSort> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        ASC,
        DESC,
        _UNKNOWN
    }
}
