// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/0/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsVersion extends OpenEnum<String, SearchConversationsVersion.Known> {
    public static final SearchConversationsVersion _2021_04_15 = new SearchConversationsVersion("2021-04-15", Known._2021_04_15);
    private static final List<SearchConversationsVersion> KNOWN_VALUES = List.of(_2021_04_15);

    private SearchConversationsVersion(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsVersion of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new SearchConversationsVersion(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsVersion> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        _2021_04_15,
        _UNKNOWN
    }
}
