// Source: highlevel.yaml#/components/schemas/ConversationType
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Primary channel/type of the conversation (Phone, Email, etc)
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class ConversationType {
    /**
     * The value <code>"TYPE_PHONE"</code>.
     */
    public static final ConversationType TYPE_PHONE = new ConversationType("TYPE_PHONE", Known.TYPE_PHONE);

    /**
     * The value <code>"TYPE_EMAIL"</code>.
     */
    public static final ConversationType TYPE_EMAIL = new ConversationType("TYPE_EMAIL", Known.TYPE_EMAIL);

    /**
     * The value <code>"TYPE_FB_MESSENGER"</code>.
     */
    public static final ConversationType TYPE_FB_MESSENGER = new ConversationType("TYPE_FB_MESSENGER", Known.TYPE_FB_MESSENGER);

    /**
     * The value <code>"TYPE_REVIEW"</code>.
     */
    public static final ConversationType TYPE_REVIEW = new ConversationType("TYPE_REVIEW", Known.TYPE_REVIEW);

    /**
     * The value <code>"TYPE_GROUP_SMS"</code>.
     */
    public static final ConversationType TYPE_GROUP_SMS = new ConversationType("TYPE_GROUP_SMS", Known.TYPE_GROUP_SMS);

    private static final List<ConversationType> KNOWN_VALUES = List.of(TYPE_PHONE, TYPE_EMAIL, TYPE_FB_MESSENGER, TYPE_REVIEW, TYPE_GROUP_SMS);

    private final String value;

    private final Known known;

    private ConversationType(String value, Known known) {
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
    public static ConversationType of(String value) {
        Objects.requireNonNull(value, "value");
        for (ConversationType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new ConversationType(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<ConversationType> values() {
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
        return other instanceof ConversationType that && value.equals(that.value);
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
     * The values of {@link ConversationType} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link ConversationType#TYPE_PHONE}.
         */
        TYPE_PHONE,

        /**
         * {@link ConversationType#TYPE_EMAIL}.
         */
        TYPE_EMAIL,

        /**
         * {@link ConversationType#TYPE_FB_MESSENGER}.
         */
        TYPE_FB_MESSENGER,

        /**
         * {@link ConversationType#TYPE_REVIEW}.
         */
        TYPE_REVIEW,

        /**
         * {@link ConversationType#TYPE_GROUP_SMS}.
         */
        TYPE_GROUP_SMS,

        /**
         * A value the spec does not list; {@link ConversationType#value()} holds it.
         */
        _UNKNOWN
    }
}
