// Source: highlevel.yaml#/components/schemas/Conversation
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A conversation found by the search.
 *
 * @param id Conversation Id Required. Example: <code>"ABCHkzuJQ8ZMd4Te84GK"</code>.
 * @param contactId Contact Id Required. Example: <code>"ABCHkzuJQ8ZMd4Te84GK"</code>.
 * @param locationId Location Id Required. Example: <code>"ABCHkzuJQ8ZMd4Te84GK"</code>.
 * @param lastMessageBody Content of the most recent message in the conversation Example:
 *     <code>"This is a sample message body"</code>.
 * @param lastMessageType Channel/type of the most recent message (SMS, Email, Call, etc)
 * @param type Primary channel/type of the conversation (Phone, Email, etc)
 * @param unreadCount Number of unread messages in this conversation Example: <code>1</code>.
 * @param fullName Complete name of the contact (first and last name) Example: <code>"John
 *     Doe"</code>.
 * @param contactName Alternative display name for the contact - used when full name is not
 *     available Example: <code>"John Doe Company"</code>.
 * @param email Primary email address of the contact Example:
 *     <code>"johndoe&#64;mailingdomain.com"</code>.
 * @param phone Primary phone number of the contact Example: <code>"+15550001234"</code>.
 * @param lastMessageDate Date of the last message in the conversation, in epoch milliseconds. With
 *     the default sort it is the conversation's sort value: pass the last conversation's value as
 *     <code>startAfterDate</code> to get the next page. Example: <code>1628008053263</code>.
 * @param sort Sort values of the conversation for the requested <code>sortBy</code> (epoch
 *     milliseconds for the date sorts). Its first element is what <code>startAfterDate</code> takes
 *     to continue after this conversation. Example: <code>[1628008053263]</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(@JsonProperty("id") @Nullable String id,
        @JsonProperty("contactId") @Nullable String contactId,
        @JsonProperty("locationId") @Nullable String locationId,
        @JsonProperty("lastMessageBody") @Nullable String lastMessageBody,
        @JsonProperty("lastMessageType") @Nullable LastMessageType lastMessageType,
        @JsonProperty("type") @Nullable ConversationType type,
        @JsonProperty("unreadCount") @Nullable Integer unreadCount,
        @JsonProperty("fullName") @Nullable String fullName,
        @JsonProperty("contactName") @Nullable String contactName,
        @JsonProperty("email") @Nullable String email,
        @JsonProperty("phone") @Nullable String phone,
        @JsonProperty("lastMessageDate") @Nullable Long lastMessageDate,
        @JsonProperty("sort") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<BigDecimal> sort,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Conversation {
        sort = ModelSupport.copy(sort);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().id(id).contactId(contactId).locationId(locationId)
                .lastMessageBody(lastMessageBody).lastMessageType(lastMessageType).type(type)
                .unreadCount(unreadCount).fullName(fullName).contactName(contactName).email(email)
                .phone(phone).lastMessageDate(lastMessageDate)
                .additionalProperties(additionalProperties);
        builder.sort = ModelSupport.setOrNull(sort);
        return builder;
    }

    /**
     * <code>lastMessageDate</code> as an {@link Instant} (the value is milliseconds since the Unix epoch).
     */
    public @Nullable Instant lastMessageDateInstant() {
        return ModelSupport.epochMillis(lastMessageDate);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String id;
        private @Nullable String contactId;
        private @Nullable String locationId;
        private @Nullable String lastMessageBody;
        private @Nullable LastMessageType lastMessageType;
        private @Nullable ConversationType type;
        private @Nullable Integer unreadCount;
        private @Nullable String fullName;
        private @Nullable String contactName;
        private @Nullable String email;
        private @Nullable String phone;
        private @Nullable Long lastMessageDate;
        private @Nullable List<BigDecimal> sort;

        private Builder() {}

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder contactId(@Nullable String contactId) {
            this.contactId = contactId;
            return this;
        }

        public Builder locationId(@Nullable String locationId) {
            this.locationId = locationId;
            return this;
        }

        public Builder lastMessageBody(@Nullable String lastMessageBody) {
            this.lastMessageBody = lastMessageBody;
            return this;
        }

        public Builder lastMessageType(@Nullable LastMessageType lastMessageType) {
            this.lastMessageType = lastMessageType;
            return this;
        }

        public Builder type(@Nullable ConversationType type) {
            this.type = type;
            return this;
        }

        public Builder unreadCount(@Nullable Integer unreadCount) {
            this.unreadCount = unreadCount;
            return this;
        }

        public Builder fullName(@Nullable String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder contactName(@Nullable String contactName) {
            this.contactName = contactName;
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder lastMessageDate(@Nullable Long lastMessageDate) {
            this.lastMessageDate = lastMessageDate;
            return this;
        }

        public Builder sort(List<BigDecimal> sort) {
            this.sort = sort;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Conversation build() {
            ModelSupport.requireSet("Conversation", "id", this.id, "contactId", this.contactId,
                    "locationId", this.locationId);
            return new Conversation(this.id, this.contactId, this.locationId, this.lastMessageBody,
                    this.lastMessageType, this.type, this.unreadCount, this.fullName,
                    this.contactName, this.email, this.phone, this.lastMessageDate,
                    ModelSupport.orAbsent(this.sort), this.additionalProperties);
        }
    }
}
