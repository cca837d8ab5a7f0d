// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/19/schema
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class SearchConversationsStatus {
    /**
     * The value <code>"all"</code>.
     */
    public static final SearchConversationsStatus ALL = new SearchConversationsStatus("all", Known.ALL);

    /**
     * The value <code>"read"</code>.
     */
    public static final SearchConversationsStatus READ = new SearchConversationsStatus("read", Known.READ);

    /**
     * The value <code>"unread"</code>.
     */
    public static final SearchConversationsStatus UNREAD = new SearchConversationsStatus("unread", Known.UNREAD);

    /**
     * The value <code>"starred"</code>.
     */
    public static final SearchConversationsStatus STARRED = new SearchConversationsStatus("starred", Known.STARRED);

    /**
     * The value <code>"recents"</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static SearchConversationsStatus of(String value) {
        Objects.requireNonNull(value, "value");
        for (SearchConversationsStatus candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new SearchConversationsStatus(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<SearchConversationsStatus> values() {
        return KNOWN_VALUES;
    }

    /**
     * The value as sent, known or not.
     *
     * @return the raw value
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Whether the spec lists this value.
     *
     * @return {@code false} for values added after the spec was written
     */
    public boolean isKnown() {
        return known != Known._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on.
     *
     * @return the matching constant, or {@code _UNKNOWN} for a value the spec does not list
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

    /**
     * The values of {@link SearchConversationsStatus} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link SearchConversationsStatus#ALL}.
         */
        ALL,

        /**
         * {@link SearchConversationsStatus#READ}.
         */
        READ,

        /**
         * {@link SearchConversationsStatus#UNREAD}.
         */
        UNREAD,

        /**
         * {@link SearchConversationsStatus#STARRED}.
         */
        STARRED,

        /**
         * {@link SearchConversationsStatus#RECENTS}.
         */
        RECENTS,

        /**
         * A value the spec does not list; {@link SearchConversationsStatus#value()} holds it.
         */
        _UNKNOWN
    }
}
