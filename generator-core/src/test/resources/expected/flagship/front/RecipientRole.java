// Source: front.yaml#/components/schemas/Recipient/properties/role
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Role of the recipient in the message.
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class RecipientRole {
    /**
     * The value <code>"from"</code>.
     */
    public static final RecipientRole FROM = new RecipientRole("from", Known.FROM);

    /**
     * The value <code>"to"</code>.
     */
    public static final RecipientRole TO = new RecipientRole("to", Known.TO);

    /**
     * The value <code>"cc"</code>.
     */
    public static final RecipientRole CC = new RecipientRole("cc", Known.CC);

    /**
     * The value <code>"bcc"</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static RecipientRole of(String value) {
        Objects.requireNonNull(value, "value");
        for (RecipientRole candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new RecipientRole(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<RecipientRole> values() {
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

    /**
     * The values of {@link RecipientRole} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link RecipientRole#FROM}.
         */
        FROM,

        /**
         * {@link RecipientRole#TO}.
         */
        TO,

        /**
         * {@link RecipientRole#CC}.
         */
        CC,

        /**
         * {@link RecipientRole#BCC}.
         */
        BCC,

        /**
         * A value the spec does not list; {@link RecipientRole#value()} holds it.
         */
        _UNKNOWN
    }
}
