// Source: chatwoot-compatible.yaml#/components/schemas/ContactConversation
package dev.specgen.flagship.inquirly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A conversation associated with the contact.
 *
 * @param id ID of the conversation
 * @param messages Messages of the conversation.
 * @param accountId Account Id JSON name <code>account_id</code>.
 * @param inboxId ID of the inbox JSON name <code>inbox_id</code>.
 * @param status The status of the conversation
 * @param timestamp The time at which conversation was created
 * @param contactLastSeenAt The time at which the contact last saw the conversation. JSON name
 *     <code>contact_last_seen_at</code>.
 * @param agentLastSeenAt The time at which an agent last saw the conversation. JSON name
 *     <code>agent_last_seen_at</code>.
 * @param unreadCount The number of unread messages JSON name <code>unread_count</code>.
 * @param additionalAttributes The object containing additional attributes related to the
 *     conversation JSON name <code>additional_attributes</code>.
 * @param customAttributes The object to save custom attributes for conversation, accepts custom
 *     attributes key and value JSON name <code>custom_attributes</code>. Example:
 *     <code>{"attribute_key":"attribute_value","priority_conversation_number":3}</code>.
 * @param meta The conversation's sender (the contact) and assignee (the agent).
 * @param displayId The conversation's number within the account, as shown in the dashboard. JSON
 *     name <code>display_id</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactConversation(@JsonProperty("id") @Nullable BigDecimal id,
        @JsonProperty("messages") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Message> messages,
        @JsonProperty("account_id") @Nullable BigDecimal accountId,
        @JsonProperty("inbox_id") @Nullable BigDecimal inboxId,
        @JsonProperty("status") @Nullable ConversationStatus status,
        @JsonProperty("timestamp") @Nullable String timestamp,
        @JsonProperty("contact_last_seen_at") @Nullable String contactLastSeenAt,
        @JsonProperty("agent_last_seen_at") @Nullable String agentLastSeenAt,
        @JsonProperty("unread_count") @Nullable BigDecimal unreadCount,
        @JsonProperty("additional_attributes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalAttributes,
        @JsonProperty("custom_attributes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> customAttributes,
        @JsonProperty("meta") @Nullable ConversationMeta meta,
        @JsonProperty("display_id") @Nullable BigDecimal displayId,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ContactConversation {
        messages = ModelSupport.copy(messages);
        additionalAttributes = ModelSupport.copy(additionalAttributes);
        customAttributes = ModelSupport.copy(customAttributes);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().id(id).accountId(accountId).inboxId(inboxId).status(status)
                .timestamp(timestamp).contactLastSeenAt(contactLastSeenAt)
                .agentLastSeenAt(agentLastSeenAt).unreadCount(unreadCount).meta(meta)
                .displayId(displayId).additionalProperties(additionalProperties);
        builder.messages = ModelSupport.setOrNull(messages);
        builder.additionalAttributes = ModelSupport.setOrNull(additionalAttributes);
        builder.customAttributes = ModelSupport.setOrNull(customAttributes);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable BigDecimal id;
        private @Nullable List<Message> messages;
        private @Nullable BigDecimal accountId;
        private @Nullable BigDecimal inboxId;
        private @Nullable ConversationStatus status;
        private @Nullable String timestamp;
        private @Nullable String contactLastSeenAt;
        private @Nullable String agentLastSeenAt;
        private @Nullable BigDecimal unreadCount;
        private @Nullable Map<String, Object> additionalAttributes;
        private @Nullable Map<String, Object> customAttributes;
        private @Nullable ConversationMeta meta;
        private @Nullable BigDecimal displayId;

        private Builder() {}

        public Builder id(@Nullable BigDecimal id) {
            this.id = id;
            return this;
        }

        public Builder messages(List<Message> messages) {
            this.messages = messages;
            return this;
        }

        public Builder accountId(@Nullable BigDecimal accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder inboxId(@Nullable BigDecimal inboxId) {
            this.inboxId = inboxId;
            return this;
        }

        public Builder status(@Nullable ConversationStatus status) {
            this.status = status;
            return this;
        }

        public Builder timestamp(@Nullable String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder contactLastSeenAt(@Nullable String contactLastSeenAt) {
            this.contactLastSeenAt = contactLastSeenAt;
            return this;
        }

        public Builder agentLastSeenAt(@Nullable String agentLastSeenAt) {
            this.agentLastSeenAt = agentLastSeenAt;
            return this;
        }

        public Builder unreadCount(@Nullable BigDecimal unreadCount) {
            this.unreadCount = unreadCount;
            return this;
        }

        public Builder additionalAttributes(Map<String, Object> additionalAttributes) {
            this.additionalAttributes = additionalAttributes;
            return this;
        }

        public Builder customAttributes(Map<String, Object> customAttributes) {
            this.customAttributes = customAttributes;
            return this;
        }

        public Builder meta(@Nullable ConversationMeta meta) {
            this.meta = meta;
            return this;
        }

        public Builder displayId(@Nullable BigDecimal displayId) {
            this.displayId = displayId;
            return this;
        }

        public ContactConversation build() {
            return new ContactConversation(this.id, ModelSupport.orAbsent(this.messages),
                    this.accountId, this.inboxId, this.status, this.timestamp,
                    this.contactLastSeenAt, this.agentLastSeenAt, this.unreadCount,
                    ModelSupport.orAbsent(this.additionalAttributes),
                    ModelSupport.orAbsent(this.customAttributes), this.meta, this.displayId,
                    this.additionalProperties);
        }
    }
}
