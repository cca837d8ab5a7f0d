// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/19/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsStatus {
    public static final SearchConversationsStatus ALL = new SearchConversationsStatus("all", Known.ALL);
    public static final SearchConversationsStatus READ = new SearchConversationsStatus("read", Known.READ);
    public static final SearchConversationsStatus UNREAD = new SearchConversationsStatus("unread", Known.UNREAD);
    public static final SearchConversationsStatus STARRED = new SearchConversationsStatus("starred", Known.STARRED);
    public static final SearchConversationsStatus RECENTS = new SearchConversationsStatus("recents", Known.RECENTS);
    private static final List<SearchConversationsStatus> KNOWN_VALUES = List.of(ALL, READ, UNREAD, STARRED, RECENTS);
    private final String value;
    private final Known known;

    private SearchConversationsStatus(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchConversationsStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (SearchConversationsStatus candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new SearchConversationsStatus(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<SearchConversationsStatus> values() {
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
        return other instanceof SearchConversationsStatus that && value.equals(that.value);
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
        ALL,
        READ,
        UNREAD,
        STARRED,
        RECENTS,
        _UNKNOWN
    }
}
