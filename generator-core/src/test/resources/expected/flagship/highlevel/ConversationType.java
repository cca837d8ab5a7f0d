// Source: highlevel.yaml#/components/schemas/ConversationType
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Primary channel/type of the conversation (Phone, Email, etc) */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class ConversationType {
    public static final ConversationType TYPE_PHONE = new ConversationType("TYPE_PHONE", Known.TYPE_PHONE);
    public static final ConversationType TYPE_EMAIL = new ConversationType("TYPE_EMAIL", Known.TYPE_EMAIL);
    public static final ConversationType TYPE_FB_MESSENGER = new ConversationType("TYPE_FB_MESSENGER", Known.TYPE_FB_MESSENGER);
    public static final ConversationType TYPE_REVIEW = new ConversationType("TYPE_REVIEW", Known.TYPE_REVIEW);
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConversationType of(String value) {
        Objects.requireNonNull(value, "value");
        for (ConversationType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new ConversationType(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<ConversationType> values() {
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

    public enum Known {
        TYPE_PHONE,
        TYPE_EMAIL,
        TYPE_FB_MESSENGER,
        TYPE_REVIEW,
        TYPE_GROUP_SMS,
        _UNKNOWN
    }
}
