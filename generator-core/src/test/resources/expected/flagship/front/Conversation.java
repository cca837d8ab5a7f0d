// Source: front.yaml#/components/schemas/Conversation
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
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
 * @param additionalProperties the properties the spec does not declare, written back as read
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
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param links see {@link #links()}
     * @param id see {@link #id()}
     * @param subject see {@link #subject()}
     * @param status see {@link #status()}
     * @param assignee see {@link #assignee()}
     * @param recipient see {@link #recipient()}
     * @param tags see {@link #tags()}
     * @param lastMessage see {@link #lastMessage()}
     * @param createdAt see {@link #createdAt()}
     * @param isPrivate see {@link #isPrivate()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Conversation {
        tags = ModelSupport.copy(tags);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    /**
     * A builder with no values set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    /**
     * Builds a {@link Conversation}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
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

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Conversation source) {
            this.links = source.links();
            this.id = source.id();
            this.subject = source.subject();
            this.status = source.status();
            this.assignee = source.assignee();
            this.recipient = source.recipient();
            this.tags = ModelSupport.setOrNull(source.tags());
            this.lastMessage = source.lastMessage();
            this.createdAt = source.createdAt();
            this.isPrivate = source.isPrivate();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>_links</code>.
         *
         * @param links the value, or {@code null} for none
         * @return this builder
         */
        public Builder links(@Nullable ConversationLinks links) {
            this.links = links;
            return this;
        }

        /**
         * Sets <code>id</code>.
         *
         * @param id the value, or {@code null} for none
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>subject</code>.
         *
         * @param subject the value, or {@code null} for none
         * @return this builder
         */
        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets <code>status</code>.
         *
         * @param status the value, or {@code null} for none
         * @return this builder
         */
        public Builder status(@Nullable ConversationStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>assignee</code>.
         *
         * @param assignee the value, or {@code null} for none
         * @return this builder
         */
        public Builder assignee(@Nullable Teammate assignee) {
            this.assignee = assignee;
            this.additionalProperties.remove("assignee");
            return this;
        }

        /**
         * Sets <code>recipient</code>.
         *
         * @param recipient the value, or {@code null} for none
         * @return this builder
         */
        public Builder recipient(@Nullable Recipient recipient) {
            this.recipient = recipient;
            return this;
        }

        /**
         * Sets <code>tags</code>.
         *
         * @param tags the value; an empty one is written as empty
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets <code>last_message</code>.
         *
         * @param lastMessage the value, or {@code null} for none
         * @return this builder
         */
        public Builder lastMessage(@Nullable Message lastMessage) {
            this.lastMessage = lastMessage;
            return this;
        }

        /**
         * Sets <code>created_at</code>.
         *
         * @param createdAt the value, or {@code null} for none
         * @return this builder
         */
        public Builder createdAt(@Nullable BigDecimal createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets <code>is_private</code>.
         *
         * @param isPrivate the value, or {@code null} for none
         * @return this builder
         */
        public Builder isPrivate(@Nullable Boolean isPrivate) {
            this.isPrivate = isPrivate;
            return this;
        }

        /**
         * Sets <code>assignee</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder assigneeNull() {
            this.assignee = null;
            this.additionalProperties.put("assignee", null);
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         */
        public Conversation build() {
            return new Conversation(
                    this.links,
                    this.id,
                    this.subject,
                    this.status,
                    this.assignee,
                    this.recipient,
                    ModelSupport.orAbsent(this.tags),
                    this.lastMessage,
                    this.createdAt,
                    this.isPrivate,
                    this.additionalProperties);
        }
    }
}
