// Source: chatwoot-compatible.yaml#/components/schemas/UserRole
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Role of a user in an account. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class UserRole {
    public static final UserRole AGENT = new UserRole("agent", Known.AGENT);
    public static final UserRole ADMINISTRATOR = new UserRole("administrator", Known.ADMINISTRATOR);
    private static final List<UserRole> KNOWN_VALUES = List.of(AGENT, ADMINISTRATOR);
    private final String value;
    private final Known known;

    private UserRole(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UserRole of(String value) {
        Objects.requireNonNull(value, "value");
        for (UserRole candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new UserRole(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<UserRole> values() {
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
        return other instanceof UserRole that && value.equals(that.value);
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
        AGENT,
        ADMINISTRATOR,
        _UNKNOWN
    }
}
