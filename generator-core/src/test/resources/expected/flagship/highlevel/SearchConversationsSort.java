// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/15/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsSort {
    public static final SearchConversationsSort ASC = new SearchConversationsSort("asc", Known.ASC);
    public static final SearchConversationsSort DESC = new SearchConversationsSort("desc", Known.DESC);
    private static final List<SearchConversationsSort> KNOWN_VALUES = List.of(ASC, DESC);
    private final String value;
    private final Known known;

    private SearchConversationsSort(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsSort of(String value) {
        Objects.requireNonNull(value, "value");
        for (SearchConversationsSort candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new SearchConversationsSort(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsSort> values() {
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
        return other instanceof SearchConversationsSort that && value.equals(that.value);
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
        ASC,
        DESC,
        _UNKNOWN
    }
}
