// Source: front.yaml#/components/schemas/StatusCategory
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Status category of a conversation when ticketing is enabled. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class StatusCategory {
    public static final StatusCategory OPEN = new StatusCategory("open", Known.OPEN);
    public static final StatusCategory WAITING = new StatusCategory("waiting", Known.WAITING);
    public static final StatusCategory RESOLVED = new StatusCategory("resolved", Known.RESOLVED);
    private static final List<StatusCategory> KNOWN_VALUES = List.of(OPEN, WAITING, RESOLVED);
    private final String value;
    private final Known known;

    private StatusCategory(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatusCategory of(String value) {
        Objects.requireNonNull(value, "value");
        for (StatusCategory candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new StatusCategory(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<StatusCategory> values() {
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
        return other instanceof StatusCategory that && value.equals(that.value);
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
        OPEN,
        WAITING,
        RESOLVED,
        _UNKNOWN
    }
}
