// Source: front.yaml#/components/schemas/ConversationLinks/properties/related
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
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
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationLinksRelated(@JsonProperty("events") @Nullable String events,
        @JsonProperty("followers") @Nullable String followers,
        @JsonProperty("messages") @Nullable String messages,
        @JsonProperty("comments") @Nullable String comments,
        @JsonProperty("inboxes") @Nullable String inboxes,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ConversationLinksRelated {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().events(events).followers(followers).messages(messages)
                .comments(comments).inboxes(inboxes).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String events;
        private @Nullable String followers;
        private @Nullable String messages;
        private @Nullable String comments;
        private @Nullable String inboxes;

        private Builder() {}

        public Builder events(@Nullable String events) {
            this.events = events;
            return this;
        }

        public Builder followers(@Nullable String followers) {
            this.followers = followers;
            return this;
        }

        public Builder messages(@Nullable String messages) {
            this.messages = messages;
            return this;
        }

        public Builder comments(@Nullable String comments) {
            this.comments = comments;
            return this;
        }

        public Builder inboxes(@Nullable String inboxes) {
            this.inboxes = inboxes;
            return this;
        }

        public ConversationLinksRelated build() {
            return new ConversationLinksRelated(this.events, this.followers, this.messages,
                    this.comments, this.inboxes, this.additionalProperties);
        }
    }
}
