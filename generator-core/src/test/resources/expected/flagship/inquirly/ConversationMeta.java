// Source: chatwoot-compatible.yaml#/components/schemas/ConversationMeta
package dev.specgen.flagship.inquirly;

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
 * The conversation's sender (the contact) and assignee (the agent).
 *
 * @param sender The contact who started the conversation.
 * @param assignee An agent or administrator (user) of the account; here the conversation's
 *     assignee.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationMeta(@JsonProperty("sender") @Nullable ConversationSender sender,
        @JsonProperty("assignee") @Nullable User assignee,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ConversationMeta {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().sender(sender).assignee(assignee)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable ConversationSender sender;
        private @Nullable User assignee;

        private Builder() {}

        public Builder sender(@Nullable ConversationSender sender) {
            this.sender = sender;
            return this;
        }

        public Builder assignee(@Nullable User assignee) {
            this.assignee = assignee;
            return this;
        }

        public ConversationMeta build() {
            return new ConversationMeta(this.sender, this.assignee, this.additionalProperties);
        }
    }
}
