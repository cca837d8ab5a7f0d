// Source: front.yaml#/components/schemas/ConversationLinks/properties/related
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * URLs of the conversation's related resources.
 *
 * @param events URL of the conversation's events.
 * @param followers URL of the conversation's followers.
 * @param messages URL of the conversation's messages.
 * @param comments URL of the conversation's comments.
 * @param inboxes URL of the inboxes the conversation appears in.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationLinksRelated(@JsonProperty("events") @Nullable String events,
        @JsonProperty("followers") @Nullable String followers,
        @JsonProperty("messages") @Nullable String messages,
        @JsonProperty("comments") @Nullable String comments,
        @JsonProperty("inboxes") @Nullable String inboxes,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param events see {@link #events()}
     * @param followers see {@link #followers()}
     * @param messages see {@link #messages()}
     * @param comments see {@link #comments()}
     * @param inboxes see {@link #inboxes()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public ConversationLinksRelated {
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
     * Builds a {@link ConversationLinksRelated}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String events;

        private @Nullable String followers;

        private @Nullable String messages;

        private @Nullable String comments;

        private @Nullable String inboxes;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ConversationLinksRelated source) {
            this.events = source.events();
            this.followers = source.followers();
            this.messages = source.messages();
            this.comments = source.comments();
            this.inboxes = source.inboxes();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>events</code>.
         *
         * @param events the value, or {@code null} for none
         * @return this builder
         */
        public Builder events(@Nullable String events) {
            this.events = events;
            return this;
        }

        /**
         * Sets <code>followers</code>.
         *
         * @param followers the value, or {@code null} for none
         * @return this builder
         */
        public Builder followers(@Nullable String followers) {
            this.followers = followers;
            return this;
        }

        /**
         * Sets <code>messages</code>.
         *
         * @param messages the value, or {@code null} for none
         * @return this builder
         */
        public Builder messages(@Nullable String messages) {
            this.messages = messages;
            return this;
        }

        /**
         * Sets <code>comments</code>.
         *
         * @param comments the value, or {@code null} for none
         * @return this builder
         */
        public Builder comments(@Nullable String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * Sets <code>inboxes</code>.
         *
         * @param inboxes the value, or {@code null} for none
         * @return this builder
         */
        public Builder inboxes(@Nullable String inboxes) {
            this.inboxes = inboxes;
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
        public ConversationLinksRelated build() {
            return new ConversationLinksRelated(
                    this.events,
                    this.followers,
                    this.messages,
                    this.comments,
                    this.inboxes,
                    this.additionalProperties);
        }
    }
}
