// Source: highlevel.yaml#/paths/~1conversations~1search/get/parameters/15/schema
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
public final class SearchConversationsSort {
    /**
     * The value <code>"asc"</code>.
     */
    public static final SearchConversationsSort ASC = new SearchConversationsSort("asc", Known.ASC);

    /**
     * The value <code>"desc"</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static SearchConversationsSort of(String value) {
        Objects.requireNonNull(value, "value");
        for (SearchConversationsSort candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new SearchConversationsSort(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<SearchConversationsSort> values() {
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

    /**
     * The values of {@link SearchConversationsSort} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link SearchConversationsSort#ASC}.
         */
        ASC,

        /**
         * {@link SearchConversationsSort#DESC}.
         */
        DESC,

        /**
         * A value the spec does not list; {@link SearchConversationsSort#value()} holds it.
         */
        _UNKNOWN
    }
}
