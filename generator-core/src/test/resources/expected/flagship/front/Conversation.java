// Source: front.yaml#/components/schemas/Conversation
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A conversation is a unique thread of messages. It can appear in one or more inboxes. Even if a
 * conversation's messages have multiple recipients, the conversation resource will always have only
 * one. The main recipient of a conversation can change over time depending on each message
 * received; it will generally be the sender of the last incoming message. Open a conversation in
 * Front at <code>https://app.frontapp.com/open/{conversation_id}</code>.
 *
 * @param links Links of a conversation. JSON name <code>_links</code>.
 * @param id Unique identifier of the conversation. Example: <code>"cnv_55c8c149"</code>.
 * @param subject Subject of the conversation.
 * @param status Status of a conversation. The list-contact-conversations reference names the trash
 *     status <code>trashed</code>; the conversation resource reference names it
 *     <code>deleted</code>. Both spellings are accepted in <code>q[statuses]</code> and may appear
 *     in responses.
 * @param assignee The teammate assigned to the conversation, or null when it is unassigned.
 * @param recipient A recipient of a message. The conversation's recipient is its main recipient,
 *     generally the sender of the last incoming message.
 * @param tags Tags applied to the conversation.
 * @param lastMessage A message of a conversation (here the conversation's last message). JSON name
 *     <code>last_message</code>.
 * @param createdAt Creation time of the conversation, in seconds since the epoch (with a fractional
 *     part). JSON name <code>created_at</code>. Example: <code>1453770984.123</code>.
 * @param isPrivate Whether the conversation is private. JSON name <code>is_private</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("assignee")
public record Conversation(@JsonProperty("_links") @Nullable ConversationLinks links,
        @JsonProperty("id") @Nullable String id, @JsonProperty("subject") @Nullable String subject,
        @JsonProperty("status") @Nullable ConversationStatus status,
        @JsonProperty("assignee") @Nullable Teammate assignee,
        @JsonProperty("recipient") @Nullable Recipient recipient,
        @JsonProperty("tags") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Tag> tags,
        @JsonProperty("last_message") @Nullable Message lastMessage,
        @JsonProperty("created_at") @Nullable BigDecimal createdAt,
        @JsonProperty("is_private") @Nullable Boolean isPrivate,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Conversation {
        tags = ModelSupport.copy(tags);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().links(links).id(id).subject(subject).status(status)
                .assignee(assignee).recipient(recipient).lastMessage(lastMessage)
                .createdAt(createdAt).isPrivate(isPrivate)
                .additionalProperties(additionalProperties);
        builder.tags = ModelSupport.setOrNull(tags);
        return builder;
    }

    /**
     * <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable ConversationLinks links;
        private @Nullable String id;
        private @Nullable String subject;
        private @Nullable ConversationStatus status;
        private @Nullable Teammate assignee;
        private @Nullable Recipient recipient;
        private @Nullable List<Tag> tags;
        private @Nullable Message lastMessage;
        private @Nullable BigDecimal createdAt;
        private @Nullable Boolean isPrivate;

        private Builder() {}

        public Builder links(@Nullable ConversationLinks links) {
            this.links = links;
            return this;
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        public Builder status(@Nullable ConversationStatus status) {
            this.status = status;
            return this;
        }

        public Builder assignee(@Nullable Teammate assignee) {
            this.assignee = assignee;
            this.additionalProperties.remove("assignee");
            return this;
        }

        public Builder recipient(@Nullable Recipient recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        public Builder lastMessage(@Nullable Message lastMessage) {
            this.lastMessage = lastMessage;
            return this;
        }

        public Builder createdAt(@Nullable BigDecimal createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder isPrivate(@Nullable Boolean isPrivate) {
            this.isPrivate = isPrivate;
            return this;
        }

        /**
         * Sets <code>assignee</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder assigneeNull() {
            this.assignee = null;
            this.additionalProperties.put("assignee", null);
            return this;
        }

        public Conversation build() {
            return new Conversation(this.links, this.id, this.subject, this.status, this.assignee,
                    this.recipient, ModelSupport.orAbsent(this.tags), this.lastMessage,
                    this.createdAt, this.isPrivate, this.additionalProperties);
        }
    }
}
