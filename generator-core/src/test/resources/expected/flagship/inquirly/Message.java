// Source: chatwoot-compatible.yaml#/components/schemas/Message
package dev.specgen.flagship.inquirly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation.
 *
 * @param content The text content of the message
 * @param contentType The type of the template message JSON name <code>content_type</code>.
 * @param contentAttributes The content attributes for each content_type JSON name
 *     <code>content_attributes</code>.
 * @param messageType The type of the message JSON name <code>message_type</code>.
 * @param createdAt The time at which message was created JSON name <code>created_at</code>.
 * @param private_ The flags which shows whether the message is private or not JSON name
 *     <code>private</code>.
 * @param attachment The file object attached to the image
 * @param sender User/Agent/AgentBot object
 * @param conversationId ID of the conversation JSON name <code>conversation_id</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(@JsonProperty("content") @Nullable String content,
        @JsonProperty("content_type") @Nullable MessageContentType contentType,
        @JsonProperty("content_attributes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> contentAttributes,
        @JsonProperty("message_type") @Nullable MessageMessageType messageType,
        @JsonProperty("created_at") @Nullable Integer createdAt,
        @JsonProperty("private") @Nullable Boolean private_,
        @JsonProperty("attachment") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> attachment,
        @JsonProperty("sender") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> sender,
        @JsonProperty("conversation_id") @Nullable BigDecimal conversationId,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Message {
        contentAttributes = ModelSupport.copy(contentAttributes);
        attachment = ModelSupport.copy(attachment);
        sender = ModelSupport.copy(sender);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().content(content).contentType(contentType)
                .messageType(messageType).createdAt(createdAt).private_(private_)
                .conversationId(conversationId).additionalProperties(additionalProperties);
        builder.contentAttributes = ModelSupport.setOrNull(contentAttributes);
        builder.attachment = ModelSupport.setOrNull(attachment);
        builder.sender = ModelSupport.setOrNull(sender);
        return builder;
    }

    /**
     * <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String content;
        private @Nullable MessageContentType contentType;
        private @Nullable Map<String, Object> contentAttributes;
        private @Nullable MessageMessageType messageType;
        private @Nullable Integer createdAt;
        private @Nullable Boolean private_;
        private @Nullable Map<String, Object> attachment;
        private @Nullable Map<String, Object> sender;
        private @Nullable BigDecimal conversationId;

        private Builder() {}

        public Builder content(@Nullable String content) {
            this.content = content;
            return this;
        }

        public Builder contentType(@Nullable MessageContentType contentType) {
            this.contentType = contentType;
            return this;
        }

        public Builder contentAttributes(Map<String, Object> contentAttributes) {
            this.contentAttributes = contentAttributes;
            return this;
        }

        public Builder messageType(@Nullable MessageMessageType messageType) {
            this.messageType = messageType;
            return this;
        }

        public Builder createdAt(@Nullable Integer createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder private_(@Nullable Boolean private_) {
            this.private_ = private_;
            return this;
        }

        public Builder attachment(Map<String, Object> attachment) {
            this.attachment = attachment;
            return this;
        }

        public Builder sender(Map<String, Object> sender) {
            this.sender = sender;
            return this;
        }

        public Builder conversationId(@Nullable BigDecimal conversationId) {
            this.conversationId = conversationId;
            return this;
        }

        public Message build() {
            return new Message(this.content, this.contentType,
                    ModelSupport.orAbsent(this.contentAttributes), this.messageType, this.createdAt,
                    this.private_, ModelSupport.orAbsent(this.attachment),
                    ModelSupport.orAbsent(this.sender), this.conversationId,
                    this.additionalProperties);
        }
    }
}
