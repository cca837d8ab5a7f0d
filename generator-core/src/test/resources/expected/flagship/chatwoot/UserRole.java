// Source: chatwoot-compatible.yaml#/components/schemas/UserRole
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Role of a user in an account. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class UserRole extends OpenEnum<String, UserRole.Known> {
    public static final UserRole AGENT = new UserRole("agent", Known.AGENT);
    public static final UserRole ADMINISTRATOR = new UserRole("administrator", Known.ADMINISTRATOR);
    private static final List<UserRole> KNOWN_VALUES = List.of(AGENT, ADMINISTRATOR);

    private UserRole(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UserRole of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new UserRole(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<UserRole> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        AGENT,
        ADMINISTRATOR,
        _UNKNOWN
    }
}
