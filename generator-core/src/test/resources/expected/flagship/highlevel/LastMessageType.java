// Source: highlevel.yaml#/components/schemas/LastMessageType
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Channel/type of the most recent message (SMS, Email, Call, etc) */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class LastMessageType extends OpenEnum<String, LastMessageType.Known> {
    public static final LastMessageType TYPE_CALL = new LastMessageType("TYPE_CALL", Known.TYPE_CALL);
    public static final LastMessageType TYPE_SMS = new LastMessageType("TYPE_SMS", Known.TYPE_SMS);
    public static final LastMessageType TYPE_RCS = new LastMessageType("TYPE_RCS", Known.TYPE_RCS);
    public static final LastMessageType TYPE_EMAIL = new LastMessageType("TYPE_EMAIL", Known.TYPE_EMAIL);
    public static final LastMessageType TYPE_SMS_REVIEW_REQUEST = new LastMessageType("TYPE_SMS_REVIEW_REQUEST", Known.TYPE_SMS_REVIEW_REQUEST);
    public static final LastMessageType TYPE_WEBCHAT = new LastMessageType("TYPE_WEBCHAT", Known.TYPE_WEBCHAT);
    public static final LastMessageType TYPE_SMS_NO_SHOW_REQUEST = new LastMessageType("TYPE_SMS_NO_SHOW_REQUEST", Known.TYPE_SMS_NO_SHOW_REQUEST);
    public static final LastMessageType TYPE_CAMPAIGN_SMS = new LastMessageType("TYPE_CAMPAIGN_SMS", Known.TYPE_CAMPAIGN_SMS);
    public static final LastMessageType TYPE_CAMPAIGN_CALL = new LastMessageType("TYPE_CAMPAIGN_CALL", Known.TYPE_CAMPAIGN_CALL);
    public static final LastMessageType TYPE_CAMPAIGN_EMAIL = new LastMessageType("TYPE_CAMPAIGN_EMAIL", Known.TYPE_CAMPAIGN_EMAIL);
    public static final LastMessageType TYPE_CAMPAIGN_VOICEMAIL = new LastMessageType("TYPE_CAMPAIGN_VOICEMAIL", Known.TYPE_CAMPAIGN_VOICEMAIL);
    public static final LastMessageType TYPE_FACEBOOK = new LastMessageType("TYPE_FACEBOOK", Known.TYPE_FACEBOOK);
    public static final LastMessageType TYPE_CAMPAIGN_FACEBOOK = new LastMessageType("TYPE_CAMPAIGN_FACEBOOK", Known.TYPE_CAMPAIGN_FACEBOOK);
    public static final LastMessageType TYPE_CAMPAIGN_MANUAL_CALL = new LastMessageType("TYPE_CAMPAIGN_MANUAL_CALL", Known.TYPE_CAMPAIGN_MANUAL_CALL);
    public static final LastMessageType TYPE_CAMPAIGN_MANUAL_SMS = new LastMessageType("TYPE_CAMPAIGN_MANUAL_SMS", Known.TYPE_CAMPAIGN_MANUAL_SMS);
    public static final LastMessageType TYPE_GMB = new LastMessageType("TYPE_GMB", Known.TYPE_GMB);
    public static final LastMessageType TYPE_CAMPAIGN_GMB = new LastMessageType("TYPE_CAMPAIGN_GMB", Known.TYPE_CAMPAIGN_GMB);
    public static final LastMessageType TYPE_REVIEW = new LastMessageType("TYPE_REVIEW", Known.TYPE_REVIEW);
    public static final LastMessageType TYPE_INSTAGRAM = new LastMessageType("TYPE_INSTAGRAM", Known.TYPE_INSTAGRAM);
    public static final LastMessageType TYPE_WHATSAPP = new LastMessageType("TYPE_WHATSAPP", Known.TYPE_WHATSAPP);
    public static final LastMessageType TYPE_CUSTOM_SMS = new LastMessageType("TYPE_CUSTOM_SMS", Known.TYPE_CUSTOM_SMS);
    public static final LastMessageType TYPE_CUSTOM_EMAIL = new LastMessageType("TYPE_CUSTOM_EMAIL", Known.TYPE_CUSTOM_EMAIL);
    public static final LastMessageType TYPE_CUSTOM_PROVIDER_SMS = new LastMessageType("TYPE_CUSTOM_PROVIDER_SMS", Known.TYPE_CUSTOM_PROVIDER_SMS);
    public static final LastMessageType TYPE_CUSTOM_PROVIDER_EMAIL = new LastMessageType("TYPE_CUSTOM_PROVIDER_EMAIL", Known.TYPE_CUSTOM_PROVIDER_EMAIL);
    public static final LastMessageType TYPE_IVR_CALL = new LastMessageType("TYPE_IVR_CALL", Known.TYPE_IVR_CALL);
    public static final LastMessageType TYPE_ACTIVITY_CONTACT = new LastMessageType("TYPE_ACTIVITY_CONTACT", Known.TYPE_ACTIVITY_CONTACT);
    public static final LastMessageType TYPE_ACTIVITY_INVOICE = new LastMessageType("TYPE_ACTIVITY_INVOICE", Known.TYPE_ACTIVITY_INVOICE);
    public static final LastMessageType TYPE_ACTIVITY_PAYMENT = new LastMessageType("TYPE_ACTIVITY_PAYMENT", Known.TYPE_ACTIVITY_PAYMENT);
    public static final LastMessageType TYPE_ACTIVITY_OPPORTUNITY = new LastMessageType("TYPE_ACTIVITY_OPPORTUNITY", Known.TYPE_ACTIVITY_OPPORTUNITY);
    public static final LastMessageType TYPE_LIVE_CHAT = new LastMessageType("TYPE_LIVE_CHAT", Known.TYPE_LIVE_CHAT);
    public static final LastMessageType TYPE_LIVE_CHAT_INFO_MESSAGE = new LastMessageType("TYPE_LIVE_CHAT_INFO_MESSAGE", Known.TYPE_LIVE_CHAT_INFO_MESSAGE);
    public static final LastMessageType TYPE_ACTIVITY_APPOINTMENT = new LastMessageType("TYPE_ACTIVITY_APPOINTMENT", Known.TYPE_ACTIVITY_APPOINTMENT);
    public static final LastMessageType TYPE_FACEBOOK_COMMENT = new LastMessageType("TYPE_FACEBOOK_COMMENT", Known.TYPE_FACEBOOK_COMMENT);
    public static final LastMessageType TYPE_INSTAGRAM_COMMENT = new LastMessageType("TYPE_INSTAGRAM_COMMENT", Known.TYPE_INSTAGRAM_COMMENT);
    public static final LastMessageType TYPE_CUSTOM_CALL = new LastMessageType("TYPE_CUSTOM_CALL", Known.TYPE_CUSTOM_CALL);
    public static final LastMessageType TYPE_INTERNAL_COMMENT = new LastMessageType("TYPE_INTERNAL_COMMENT", Known.TYPE_INTERNAL_COMMENT);
    public static final LastMessageType TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG = new LastMessageType("TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG", Known.TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG);
    public static final LastMessageType TYPE_TIKTOK = new LastMessageType("TYPE_TIKTOK", Known.TYPE_TIKTOK);
    public static final LastMessageType TYPE_TIKTOK_COMMENT = new LastMessageType("TYPE_TIKTOK_COMMENT", Known.TYPE_TIKTOK_COMMENT);
    public static final LastMessageType TYPE_ACTIVITY_WHATSAPP = new LastMessageType("TYPE_ACTIVITY_WHATSAPP", Known.TYPE_ACTIVITY_WHATSAPP);
    public static final LastMessageType TYPE_FORM_SUBMISSION = new LastMessageType("TYPE_FORM_SUBMISSION", Known.TYPE_FORM_SUBMISSION);
    public static final LastMessageType TYPE_SMS_REACTION = new LastMessageType("TYPE_SMS_REACTION", Known.TYPE_SMS_REACTION);
    private static final List<LastMessageType> KNOWN_VALUES = List.of(TYPE_CALL, TYPE_SMS, TYPE_RCS, TYPE_EMAIL, TYPE_SMS_REVIEW_REQUEST, TYPE_WEBCHAT, TYPE_SMS_NO_SHOW_REQUEST, TYPE_CAMPAIGN_SMS, TYPE_CAMPAIGN_CALL, TYPE_CAMPAIGN_EMAIL, TYPE_CAMPAIGN_VOICEMAIL, TYPE_FACEBOOK, TYPE_CAMPAIGN_FACEBOOK, TYPE_CAMPAIGN_MANUAL_CALL, TYPE_CAMPAIGN_MANUAL_SMS, TYPE_GMB, TYPE_CAMPAIGN_GMB, TYPE_REVIEW, TYPE_INSTAGRAM, TYPE_WHATSAPP, TYPE_CUSTOM_SMS, TYPE_CUSTOM_EMAIL, TYPE_CUSTOM_PROVIDER_SMS, TYPE_CUSTOM_PROVIDER_EMAIL, TYPE_IVR_CALL, TYPE_ACTIVITY_CONTACT, TYPE_ACTIVITY_INVOICE, TYPE_ACTIVITY_PAYMENT, TYPE_ACTIVITY_OPPORTUNITY, TYPE_LIVE_CHAT, TYPE_LIVE_CHAT_INFO_MESSAGE, TYPE_ACTIVITY_APPOINTMENT, TYPE_FACEBOOK_COMMENT, TYPE_INSTAGRAM_COMMENT, TYPE_CUSTOM_CALL, TYPE_INTERNAL_COMMENT, TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG, TYPE_TIKTOK, TYPE_TIKTOK_COMMENT, TYPE_ACTIVITY_WHATSAPP, TYPE_FORM_SUBMISSION, TYPE_SMS_REACTION);

    private LastMessageType(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LastMessageType of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new LastMessageType(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<LastMessageType> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        TYPE_CALL,
        TYPE_SMS,
        TYPE_RCS,
        TYPE_EMAIL,
        TYPE_SMS_REVIEW_REQUEST,
        TYPE_WEBCHAT,
        TYPE_SMS_NO_SHOW_REQUEST,
        TYPE_CAMPAIGN_SMS,
        TYPE_CAMPAIGN_CALL,
        TYPE_CAMPAIGN_EMAIL,
        TYPE_CAMPAIGN_VOICEMAIL,
        TYPE_FACEBOOK,
        TYPE_CAMPAIGN_FACEBOOK,
        TYPE_CAMPAIGN_MANUAL_CALL,
        TYPE_CAMPAIGN_MANUAL_SMS,
        TYPE_GMB,
        TYPE_CAMPAIGN_GMB,
        TYPE_REVIEW,
        TYPE_INSTAGRAM,
        TYPE_WHATSAPP,
        TYPE_CUSTOM_SMS,
        TYPE_CUSTOM_EMAIL,
        TYPE_CUSTOM_PROVIDER_SMS,
        TYPE_CUSTOM_PROVIDER_EMAIL,
        TYPE_IVR_CALL,
        TYPE_ACTIVITY_CONTACT,
        TYPE_ACTIVITY_INVOICE,
        TYPE_ACTIVITY_PAYMENT,
        TYPE_ACTIVITY_OPPORTUNITY,
        TYPE_LIVE_CHAT,
        TYPE_LIVE_CHAT_INFO_MESSAGE,
        TYPE_ACTIVITY_APPOINTMENT,
        TYPE_FACEBOOK_COMMENT,
        TYPE_INSTAGRAM_COMMENT,
        TYPE_CUSTOM_CALL,
        TYPE_INTERNAL_COMMENT,
        TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG,
        TYPE_TIKTOK,
        TYPE_TIKTOK_COMMENT,
        TYPE_ACTIVITY_WHATSAPP,
        TYPE_FORM_SUBMISSION,
        TYPE_SMS_REACTION,
        _UNKNOWN
    }
}
