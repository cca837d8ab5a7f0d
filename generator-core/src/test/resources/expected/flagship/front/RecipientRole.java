// Source: front.yaml#/components/schemas/Recipient/properties/role
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Role of the recipient in the message. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class RecipientRole {
    public static final RecipientRole FROM = new RecipientRole("from", Known.FROM);
    public static final RecipientRole TO = new RecipientRole("to", Known.TO);
    public static final RecipientRole CC = new RecipientRole("cc", Known.CC);
    public static final RecipientRole BCC = new RecipientRole("bcc", Known.BCC);
    private static final List<RecipientRole> KNOWN_VALUES = List.of(FROM, TO, CC, BCC);
    private final String value;
    private final Known known;

    private RecipientRole(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecipientRole of(String value) {
        Objects.requireNonNull(value, "value");
        for (RecipientRole candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new RecipientRole(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<RecipientRole> values() {
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
        return other instanceof RecipientRole that && value.equals(that.value);
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
        FROM,
        TO,
        CC,
        BCC,
        _UNKNOWN
    }
}
