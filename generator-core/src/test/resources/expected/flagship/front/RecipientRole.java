// Source: front.yaml#/components/schemas/Recipient/properties/role
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Role of the recipient in the message. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class RecipientRole extends OpenEnum<String, RecipientRole.Known> {
    public static final RecipientRole FROM = new RecipientRole("from", Known.FROM);
    public static final RecipientRole TO = new RecipientRole("to", Known.TO);
    public static final RecipientRole CC = new RecipientRole("cc", Known.CC);
    public static final RecipientRole BCC = new RecipientRole("bcc", Known.BCC);
    private static final List<RecipientRole> KNOWN_VALUES = List.of(FROM, TO, CC, BCC);

    private RecipientRole(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecipientRole of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new RecipientRole(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<RecipientRole> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        FROM,
        TO,
        CC,
        BCC,
        _UNKNOWN
    }
}
