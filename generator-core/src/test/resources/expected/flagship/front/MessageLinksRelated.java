// Source: front.yaml#/components/schemas/MessageLinks/properties/related
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
 * URLs of the message's related resources.
 *
 * @param conversation URL of the message's conversation.
 * @param messageRepliedTo URL of the message this message replies to, when it is a reply. JSON name
 *     <code>message_replied_to</code>.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageLinksRelated(@JsonProperty("conversation") @Nullable String conversation,
        @JsonProperty("message_replied_to") @Nullable String messageRepliedTo,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param conversation see {@link #conversation()}
     * @param messageRepliedTo see {@link #messageRepliedTo()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public MessageLinksRelated {
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
     * Builds a {@link MessageLinksRelated}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String conversation;

        private @Nullable String messageRepliedTo;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(MessageLinksRelated source) {
            this.conversation = source.conversation();
            this.messageRepliedTo = source.messageRepliedTo();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>conversation</code>.
         *
         * @param conversation the value, or {@code null} for none
         * @return this builder
         */
        public Builder conversation(@Nullable String conversation) {
            this.conversation = conversation;
            return this;
        }

        /**
         * Sets <code>message_replied_to</code>.
         *
         * @param messageRepliedTo the value, or {@code null} for none
         * @return this builder
         */
        public Builder messageRepliedTo(@Nullable String messageRepliedTo) {
            this.messageRepliedTo = messageRepliedTo;
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
        public MessageLinksRelated build() {
            return new MessageLinksRelated(
                    this.conversation,
                    this.messageRepliedTo,
                    this.additionalProperties);
        }
    }
}
