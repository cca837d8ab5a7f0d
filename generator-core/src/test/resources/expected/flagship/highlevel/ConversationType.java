// Source: highlevel.yaml#/components/schemas/ConversationType
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Primary channel/type of the conversation (Phone, Email, etc) */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class ConversationType extends OpenEnum<String, ConversationType.Known> {
    public static final ConversationType TYPE_PHONE = new ConversationType("TYPE_PHONE", Known.TYPE_PHONE);
    public static final ConversationType TYPE_EMAIL = new ConversationType("TYPE_EMAIL", Known.TYPE_EMAIL);
    public static final ConversationType TYPE_FB_MESSENGER = new ConversationType("TYPE_FB_MESSENGER", Known.TYPE_FB_MESSENGER);
    public static final ConversationType TYPE_REVIEW = new ConversationType("TYPE_REVIEW", Known.TYPE_REVIEW);
    public static final ConversationType TYPE_GROUP_SMS = new ConversationType("TYPE_GROUP_SMS", Known.TYPE_GROUP_SMS);
    private static final List<ConversationType> KNOWN_VALUES = List.of(TYPE_PHONE, TYPE_EMAIL, TYPE_FB_MESSENGER, TYPE_REVIEW, TYPE_GROUP_SMS);

    private ConversationType(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConversationType of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new ConversationType(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<ConversationType> values() {
        return KNOWN_VALUES;
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
