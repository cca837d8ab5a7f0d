// Source: highlevel.yaml#/components/schemas/LastMessageType
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Channel/type of the most recent message (SMS, Email, Call, etc)
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class LastMessageType {
    /**
     * The value <code>"TYPE_CALL"</code>.
     */
    public static final LastMessageType TYPE_CALL = new LastMessageType("TYPE_CALL", Known.TYPE_CALL);

    /**
     * The value <code>"TYPE_SMS"</code>.
     */
    public static final LastMessageType TYPE_SMS = new LastMessageType("TYPE_SMS", Known.TYPE_SMS);

    /**
     * The value <code>"TYPE_RCS"</code>.
     */
    public static final LastMessageType TYPE_RCS = new LastMessageType("TYPE_RCS", Known.TYPE_RCS);

    /**
     * The value <code>"TYPE_EMAIL"</code>.
     */
    public static final LastMessageType TYPE_EMAIL = new LastMessageType("TYPE_EMAIL", Known.TYPE_EMAIL);

    /**
     * The value <code>"TYPE_SMS_REVIEW_REQUEST"</code>.
     */
    public static final LastMessageType TYPE_SMS_REVIEW_REQUEST = new LastMessageType("TYPE_SMS_REVIEW_REQUEST", Known.TYPE_SMS_REVIEW_REQUEST);

    /**
     * The value <code>"TYPE_WEBCHAT"</code>.
     */
    public static final LastMessageType TYPE_WEBCHAT = new LastMessageType("TYPE_WEBCHAT", Known.TYPE_WEBCHAT);

    /**
     * The value <code>"TYPE_SMS_NO_SHOW_REQUEST"</code>.
     */
    public static final LastMessageType TYPE_SMS_NO_SHOW_REQUEST = new LastMessageType("TYPE_SMS_NO_SHOW_REQUEST", Known.TYPE_SMS_NO_SHOW_REQUEST);

    /**
     * The value <code>"TYPE_CAMPAIGN_SMS"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_SMS = new LastMessageType("TYPE_CAMPAIGN_SMS", Known.TYPE_CAMPAIGN_SMS);

    /**
     * The value <code>"TYPE_CAMPAIGN_CALL"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_CALL = new LastMessageType("TYPE_CAMPAIGN_CALL", Known.TYPE_CAMPAIGN_CALL);

    /**
     * The value <code>"TYPE_CAMPAIGN_EMAIL"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_EMAIL = new LastMessageType("TYPE_CAMPAIGN_EMAIL", Known.TYPE_CAMPAIGN_EMAIL);

    /**
     * The value <code>"TYPE_CAMPAIGN_VOICEMAIL"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_VOICEMAIL = new LastMessageType("TYPE_CAMPAIGN_VOICEMAIL", Known.TYPE_CAMPAIGN_VOICEMAIL);

    /**
     * The value <code>"TYPE_FACEBOOK"</code>.
     */
    public static final LastMessageType TYPE_FACEBOOK = new LastMessageType("TYPE_FACEBOOK", Known.TYPE_FACEBOOK);

    /**
     * The value <code>"TYPE_CAMPAIGN_FACEBOOK"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_FACEBOOK = new LastMessageType("TYPE_CAMPAIGN_FACEBOOK", Known.TYPE_CAMPAIGN_FACEBOOK);

    /**
     * The value <code>"TYPE_CAMPAIGN_MANUAL_CALL"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_MANUAL_CALL = new LastMessageType("TYPE_CAMPAIGN_MANUAL_CALL", Known.TYPE_CAMPAIGN_MANUAL_CALL);

    /**
     * The value <code>"TYPE_CAMPAIGN_MANUAL_SMS"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_MANUAL_SMS = new LastMessageType("TYPE_CAMPAIGN_MANUAL_SMS", Known.TYPE_CAMPAIGN_MANUAL_SMS);

    /**
     * The value <code>"TYPE_GMB"</code>.
     */
    public static final LastMessageType TYPE_GMB = new LastMessageType("TYPE_GMB", Known.TYPE_GMB);

    /**
     * The value <code>"TYPE_CAMPAIGN_GMB"</code>.
     */
    public static final LastMessageType TYPE_CAMPAIGN_GMB = new LastMessageType("TYPE_CAMPAIGN_GMB", Known.TYPE_CAMPAIGN_GMB);

    /**
     * The value <code>"TYPE_REVIEW"</code>.
     */
    public static final LastMessageType TYPE_REVIEW = new LastMessageType("TYPE_REVIEW", Known.TYPE_REVIEW);

    /**
     * The value <code>"TYPE_INSTAGRAM"</code>.
     */
    public static final LastMessageType TYPE_INSTAGRAM = new LastMessageType("TYPE_INSTAGRAM", Known.TYPE_INSTAGRAM);

    /**
     * The value <code>"TYPE_WHATSAPP"</code>.
     */
    public static final LastMessageType TYPE_WHATSAPP = new LastMessageType("TYPE_WHATSAPP", Known.TYPE_WHATSAPP);

    /**
     * The value <code>"TYPE_CUSTOM_SMS"</code>.
     */
    public static final LastMessageType TYPE_CUSTOM_SMS = new LastMessageType("TYPE_CUSTOM_SMS", Known.TYPE_CUSTOM_SMS);

    /**
     * The value <code>"TYPE_CUSTOM_EMAIL"</code>.
     */
    public static final LastMessageType TYPE_CUSTOM_EMAIL = new LastMessageType("TYPE_CUSTOM_EMAIL", Known.TYPE_CUSTOM_EMAIL);

    /**
     * The value <code>"TYPE_CUSTOM_PROVIDER_SMS"</code>.
     */
    public static final LastMessageType TYPE_CUSTOM_PROVIDER_SMS = new LastMessageType("TYPE_CUSTOM_PROVIDER_SMS", Known.TYPE_CUSTOM_PROVIDER_SMS);

    /**
     * The value <code>"TYPE_CUSTOM_PROVIDER_EMAIL"</code>.
     */
    public static final LastMessageType TYPE_CUSTOM_PROVIDER_EMAIL = new LastMessageType("TYPE_CUSTOM_PROVIDER_EMAIL", Known.TYPE_CUSTOM_PROVIDER_EMAIL);

    /**
     * The value <code>"TYPE_IVR_CALL"</code>.
     */
    public static final LastMessageType TYPE_IVR_CALL = new LastMessageType("TYPE_IVR_CALL", Known.TYPE_IVR_CALL);

    /**
     * The value <code>"TYPE_ACTIVITY_CONTACT"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_CONTACT = new LastMessageType("TYPE_ACTIVITY_CONTACT", Known.TYPE_ACTIVITY_CONTACT);

    /**
     * The value <code>"TYPE_ACTIVITY_INVOICE"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_INVOICE = new LastMessageType("TYPE_ACTIVITY_INVOICE", Known.TYPE_ACTIVITY_INVOICE);

    /**
     * The value <code>"TYPE_ACTIVITY_PAYMENT"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_PAYMENT = new LastMessageType("TYPE_ACTIVITY_PAYMENT", Known.TYPE_ACTIVITY_PAYMENT);

    /**
     * The value <code>"TYPE_ACTIVITY_OPPORTUNITY"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_OPPORTUNITY = new LastMessageType("TYPE_ACTIVITY_OPPORTUNITY", Known.TYPE_ACTIVITY_OPPORTUNITY);

    /**
     * The value <code>"TYPE_LIVE_CHAT"</code>.
     */
    public static final LastMessageType TYPE_LIVE_CHAT = new LastMessageType("TYPE_LIVE_CHAT", Known.TYPE_LIVE_CHAT);

    /**
     * The value <code>"TYPE_LIVE_CHAT_INFO_MESSAGE"</code>.
     */
    public static final LastMessageType TYPE_LIVE_CHAT_INFO_MESSAGE = new LastMessageType("TYPE_LIVE_CHAT_INFO_MESSAGE", Known.TYPE_LIVE_CHAT_INFO_MESSAGE);

    /**
     * The value <code>"TYPE_ACTIVITY_APPOINTMENT"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_APPOINTMENT = new LastMessageType("TYPE_ACTIVITY_APPOINTMENT", Known.TYPE_ACTIVITY_APPOINTMENT);

    /**
     * The value <code>"TYPE_FACEBOOK_COMMENT"</code>.
     */
    public static final LastMessageType TYPE_FACEBOOK_COMMENT = new LastMessageType("TYPE_FACEBOOK_COMMENT", Known.TYPE_FACEBOOK_COMMENT);

    /**
     * The value <code>"TYPE_INSTAGRAM_COMMENT"</code>.
     */
    public static final LastMessageType TYPE_INSTAGRAM_COMMENT = new LastMessageType("TYPE_INSTAGRAM_COMMENT", Known.TYPE_INSTAGRAM_COMMENT);

    /**
     * The value <code>"TYPE_CUSTOM_CALL"</code>.
     */
    public static final LastMessageType TYPE_CUSTOM_CALL = new LastMessageType("TYPE_CUSTOM_CALL", Known.TYPE_CUSTOM_CALL);

    /**
     * The value <code>"TYPE_INTERNAL_COMMENT"</code>.
     */
    public static final LastMessageType TYPE_INTERNAL_COMMENT = new LastMessageType("TYPE_INTERNAL_COMMENT", Known.TYPE_INTERNAL_COMMENT);

    /**
     * The value <code>"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG = new LastMessageType("TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG", Known.TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG);

    /**
     * The value <code>"TYPE_TIKTOK"</code>.
     */
    public static final LastMessageType TYPE_TIKTOK = new LastMessageType("TYPE_TIKTOK", Known.TYPE_TIKTOK);

    /**
     * The value <code>"TYPE_TIKTOK_COMMENT"</code>.
     */
    public static final LastMessageType TYPE_TIKTOK_COMMENT = new LastMessageType("TYPE_TIKTOK_COMMENT", Known.TYPE_TIKTOK_COMMENT);

    /**
     * The value <code>"TYPE_ACTIVITY_WHATSAPP"</code>.
     */
    public static final LastMessageType TYPE_ACTIVITY_WHATSAPP = new LastMessageType("TYPE_ACTIVITY_WHATSAPP", Known.TYPE_ACTIVITY_WHATSAPP);

    /**
     * The value <code>"TYPE_FORM_SUBMISSION"</code>.
     */
    public static final LastMessageType TYPE_FORM_SUBMISSION = new LastMessageType("TYPE_FORM_SUBMISSION", Known.TYPE_FORM_SUBMISSION);

    /**
     * The value <code>"TYPE_SMS_REACTION"</code>.
     */
    public static final LastMessageType TYPE_SMS_REACTION = new LastMessageType("TYPE_SMS_REACTION", Known.TYPE_SMS_REACTION);

    private static final List<LastMessageType> KNOWN_VALUES = List.of(TYPE_CALL, TYPE_SMS, TYPE_RCS, TYPE_EMAIL, TYPE_SMS_REVIEW_REQUEST, TYPE_WEBCHAT, TYPE_SMS_NO_SHOW_REQUEST, TYPE_CAMPAIGN_SMS, TYPE_CAMPAIGN_CALL, TYPE_CAMPAIGN_EMAIL, TYPE_CAMPAIGN_VOICEMAIL, TYPE_FACEBOOK, TYPE_CAMPAIGN_FACEBOOK, TYPE_CAMPAIGN_MANUAL_CALL, TYPE_CAMPAIGN_MANUAL_SMS, TYPE_GMB, TYPE_CAMPAIGN_GMB, TYPE_REVIEW, TYPE_INSTAGRAM, TYPE_WHATSAPP, TYPE_CUSTOM_SMS, TYPE_CUSTOM_EMAIL, TYPE_CUSTOM_PROVIDER_SMS, TYPE_CUSTOM_PROVIDER_EMAIL, TYPE_IVR_CALL, TYPE_ACTIVITY_CONTACT, TYPE_ACTIVITY_INVOICE, TYPE_ACTIVITY_PAYMENT, TYPE_ACTIVITY_OPPORTUNITY, TYPE_LIVE_CHAT, TYPE_LIVE_CHAT_INFO_MESSAGE, TYPE_ACTIVITY_APPOINTMENT, TYPE_FACEBOOK_COMMENT, TYPE_INSTAGRAM_COMMENT, TYPE_CUSTOM_CALL, TYPE_INTERNAL_COMMENT, TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG, TYPE_TIKTOK, TYPE_TIKTOK_COMMENT, TYPE_ACTIVITY_WHATSAPP, TYPE_FORM_SUBMISSION, TYPE_SMS_REACTION);

    private final String value;

    private final Known known;

    private LastMessageType(String value, Known known) {
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
    public static LastMessageType of(String value) {
        Objects.requireNonNull(value, "value");
        for (LastMessageType candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new LastMessageType(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<LastMessageType> values() {
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
        return other instanceof LastMessageType that && value.equals(that.value);
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
     * The values of {@link LastMessageType} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link LastMessageType#TYPE_CALL}.
         */
        TYPE_CALL,

        /**
         * {@link LastMessageType#TYPE_SMS}.
         */
        TYPE_SMS,

        /**
         * {@link LastMessageType#TYPE_RCS}.
         */
        TYPE_RCS,

        /**
         * {@link LastMessageType#TYPE_EMAIL}.
         */
        TYPE_EMAIL,

        /**
         * {@link LastMessageType#TYPE_SMS_REVIEW_REQUEST}.
         */
        TYPE_SMS_REVIEW_REQUEST,

        /**
         * {@link LastMessageType#TYPE_WEBCHAT}.
         */
        TYPE_WEBCHAT,

        /**
         * {@link LastMessageType#TYPE_SMS_NO_SHOW_REQUEST}.
         */
        TYPE_SMS_NO_SHOW_REQUEST,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_SMS}.
         */
        TYPE_CAMPAIGN_SMS,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_CALL}.
         */
        TYPE_CAMPAIGN_CALL,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_EMAIL}.
         */
        TYPE_CAMPAIGN_EMAIL,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_VOICEMAIL}.
         */
        TYPE_CAMPAIGN_VOICEMAIL,

        /**
         * {@link LastMessageType#TYPE_FACEBOOK}.
         */
        TYPE_FACEBOOK,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_FACEBOOK}.
         */
        TYPE_CAMPAIGN_FACEBOOK,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_MANUAL_CALL}.
         */
        TYPE_CAMPAIGN_MANUAL_CALL,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_MANUAL_SMS}.
         */
        TYPE_CAMPAIGN_MANUAL_SMS,

        /**
         * {@link LastMessageType#TYPE_GMB}.
         */
        TYPE_GMB,

        /**
         * {@link LastMessageType#TYPE_CAMPAIGN_GMB}.
         */
        TYPE_CAMPAIGN_GMB,

        /**
         * {@link LastMessageType#TYPE_REVIEW}.
         */
        TYPE_REVIEW,

        /**
         * {@link LastMessageType#TYPE_INSTAGRAM}.
         */
        TYPE_INSTAGRAM,

        /**
         * {@link LastMessageType#TYPE_WHATSAPP}.
         */
        TYPE_WHATSAPP,

        /**
         * {@link LastMessageType#TYPE_CUSTOM_SMS}.
         */
        TYPE_CUSTOM_SMS,

        /**
         * {@link LastMessageType#TYPE_CUSTOM_EMAIL}.
         */
        TYPE_CUSTOM_EMAIL,

        /**
         * {@link LastMessageType#TYPE_CUSTOM_PROVIDER_SMS}.
         */
        TYPE_CUSTOM_PROVIDER_SMS,

        /**
         * {@link LastMessageType#TYPE_CUSTOM_PROVIDER_EMAIL}.
         */
        TYPE_CUSTOM_PROVIDER_EMAIL,

        /**
         * {@link LastMessageType#TYPE_IVR_CALL}.
         */
        TYPE_IVR_CALL,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_CONTACT}.
         */
        TYPE_ACTIVITY_CONTACT,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_INVOICE}.
         */
        TYPE_ACTIVITY_INVOICE,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_PAYMENT}.
         */
        TYPE_ACTIVITY_PAYMENT,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_OPPORTUNITY}.
         */
        TYPE_ACTIVITY_OPPORTUNITY,

        /**
         * {@link LastMessageType#TYPE_LIVE_CHAT}.
         */
        TYPE_LIVE_CHAT,

        /**
         * {@link LastMessageType#TYPE_LIVE_CHAT_INFO_MESSAGE}.
         */
        TYPE_LIVE_CHAT_INFO_MESSAGE,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_APPOINTMENT}.
         */
        TYPE_ACTIVITY_APPOINTMENT,

        /**
         * {@link LastMessageType#TYPE_FACEBOOK_COMMENT}.
         */
        TYPE_FACEBOOK_COMMENT,

        /**
         * {@link LastMessageType#TYPE_INSTAGRAM_COMMENT}.
         */
        TYPE_INSTAGRAM_COMMENT,

        /**
         * {@link LastMessageType#TYPE_CUSTOM_CALL}.
         */
        TYPE_CUSTOM_CALL,

        /**
         * {@link LastMessageType#TYPE_INTERNAL_COMMENT}.
         */
        TYPE_INTERNAL_COMMENT,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG}.
         */
        TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG,

        /**
         * {@link LastMessageType#TYPE_TIKTOK}.
         */
        TYPE_TIKTOK,

        /**
         * {@link LastMessageType#TYPE_TIKTOK_COMMENT}.
         */
        TYPE_TIKTOK_COMMENT,

        /**
         * {@link LastMessageType#TYPE_ACTIVITY_WHATSAPP}.
         */
        TYPE_ACTIVITY_WHATSAPP,

        /**
         * {@link LastMessageType#TYPE_FORM_SUBMISSION}.
         */
        TYPE_FORM_SUBMISSION,

        /**
         * {@link LastMessageType#TYPE_SMS_REACTION}.
         */
        TYPE_SMS_REACTION,

        /**
         * A value the spec does not list; {@link LastMessageType#value()} holds it.
         */
        _UNKNOWN
    }
}
