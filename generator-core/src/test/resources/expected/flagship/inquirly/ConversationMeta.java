// Source: chatwoot-compatible.yaml#/components/schemas/ConversationMeta
package dev.specgen.flagship.inquirly;

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
 * The conversation's sender (the contact) and assignee (the agent).
 *
 * @param sender The contact who started the conversation.
 * @param assignee An agent or administrator (user) of the account; here the conversation's
 *     assignee.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationMeta(@JsonProperty("sender") @Nullable ConversationSender sender,
        @JsonProperty("assignee") @Nullable User assignee,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param sender see {@link #sender()}
     * @param assignee see {@link #assignee()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public ConversationMeta {
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
     * Builds a {@link ConversationMeta}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable ConversationSender sender;

        private @Nullable User assignee;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ConversationMeta source) {
            this.sender = source.sender();
            this.assignee = source.assignee();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>sender</code>.
         *
         * @param sender the value, or {@code null} for none
         * @return this builder
         */
        public Builder sender(@Nullable ConversationSender sender) {
            this.sender = sender;
            return this;
        }

        /**
         * Sets <code>assignee</code>.
         *
         * @param assignee the value, or {@code null} for none
         * @return this builder
         */
        public Builder assignee(@Nullable User assignee) {
            this.assignee = assignee;
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
        public ConversationMeta build() {
            return new ConversationMeta(
                    this.sender,
                    this.assignee,
                    this.additionalProperties);
        }
    }
}
