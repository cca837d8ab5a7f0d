// Source: front.yaml#/components/schemas/Message
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
 * A message of a conversation (here the conversation's last message).
 *
 * @param links Links of a message. JSON name <code>_links</code>.
 * @param id Unique identifier of the message. Example: <code>"msg_55c8c149"</code>.
 * @param type Type of the message (e.g. <code>email</code>).
 * @param isInbound Whether the message was received (true) or sent (false). JSON name
 *     <code>is_inbound</code>.
 * @param isDraft Whether the message is a draft. JSON name <code>is_draft</code>.
 * @param createdAt Creation time of the message, in seconds since the epoch (with a fractional
 *     part). JSON name <code>created_at</code>. Example: <code>1453770984.123</code>.
 * @param blurb Preview of the message body.
 * @param author The teammate who wrote the message, or null when a teammate did not write it.
 * @param recipients Recipients of the message.
 * @param body Body of the message.
 * @param text Text version of the body.
 * @param attachments Files attached to the message.
 * @param metadata Optional metadata about the message (depends on its type).
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("author")
public record Message(@JsonProperty("_links") @Nullable MessageLinks links,
        @JsonProperty("id") @Nullable String id, @JsonProperty("type") @Nullable String type,
        @JsonProperty("is_inbound") @Nullable Boolean isInbound,
        @JsonProperty("is_draft") @Nullable Boolean isDraft,
        @JsonProperty("created_at") @Nullable BigDecimal createdAt,
        @JsonProperty("blurb") @Nullable String blurb,
        @JsonProperty("author") @Nullable Teammate author,
        @JsonProperty("recipients") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Recipient> recipients,
        @JsonProperty("body") @Nullable String body, @JsonProperty("text") @Nullable String text,
        @JsonProperty("attachments") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Attachment> attachments,
        @JsonProperty("metadata") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> metadata,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Message {
        recipients = ModelSupport.copy(recipients);
        attachments = ModelSupport.copy(attachments);
        metadata = ModelSupport.copy(metadata);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().links(links).id(id).type(type).isInbound(isInbound)
                .isDraft(isDraft).createdAt(createdAt).blurb(blurb).author(author).body(body)
                .text(text).additionalProperties(additionalProperties);
        builder.recipients = ModelSupport.setOrNull(recipients);
        builder.attachments = ModelSupport.setOrNull(attachments);
        builder.metadata = ModelSupport.setOrNull(metadata);
        return builder;
    }

    /**
     * <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable MessageLinks links;
        private @Nullable String id;
        private @Nullable String type;
        private @Nullable Boolean isInbound;
        private @Nullable Boolean isDraft;
        private @Nullable BigDecimal createdAt;
        private @Nullable String blurb;
        private @Nullable Teammate author;
        private @Nullable List<Recipient> recipients;
        private @Nullable String body;
        private @Nullable String text;
        private @Nullable List<Attachment> attachments;
        private @Nullable Map<String, Object> metadata;

        private Builder() {}

        public Builder links(@Nullable MessageLinks links) {
            this.links = links;
            return this;
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder type(@Nullable String type) {
            this.type = type;
            return this;
        }

        public Builder isInbound(@Nullable Boolean isInbound) {
            this.isInbound = isInbound;
            return this;
        }

        public Builder isDraft(@Nullable Boolean isDraft) {
            this.isDraft = isDraft;
            return this;
        }

        public Builder createdAt(@Nullable BigDecimal createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder blurb(@Nullable String blurb) {
            this.blurb = blurb;
            return this;
        }

        public Builder author(@Nullable Teammate author) {
            this.author = author;
            this.additionalProperties.remove("author");
            return this;
        }

        public Builder recipients(List<Recipient> recipients) {
            this.recipients = recipients;
            return this;
        }

        public Builder body(@Nullable String body) {
            this.body = body;
            return this;
        }

        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets <code>author</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder authorNull() {
            this.author = null;
            this.additionalProperties.put("author", null);
            return this;
        }

        public Message build() {
            return new Message(this.links, this.id, this.type, this.isInbound, this.isDraft,
                    this.createdAt, this.blurb, this.author, ModelSupport.orAbsent(this.recipients),
                    this.body, this.text, ModelSupport.orAbsent(this.attachments),
                    ModelSupport.orAbsent(this.metadata), this.additionalProperties);
        }
    }
}
