// Source: front.yaml#/components/schemas/MessageLinks/properties/related
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
 * URLs of the message's related resources.
 *
 * @param conversation URL of the message's conversation.
 * @param messageRepliedTo URL of the message this message replies to, when it is a reply. JSON name
 *     <code>message_replied_to</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageLinksRelated(@JsonProperty("conversation") @Nullable String conversation,
        @JsonProperty("message_replied_to") @Nullable String messageRepliedTo,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public MessageLinksRelated {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().conversation(conversation).messageRepliedTo(messageRepliedTo)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String conversation;
        private @Nullable String messageRepliedTo;

        private Builder() {}

        public Builder conversation(@Nullable String conversation) {
            this.conversation = conversation;
            return this;
        }

        public Builder messageRepliedTo(@Nullable String messageRepliedTo) {
            this.messageRepliedTo = messageRepliedTo;
            return this;
        }

        public MessageLinksRelated build() {
            return new MessageLinksRelated(this.conversation, this.messageRepliedTo,
                    this.additionalProperties);
        }
    }
}
