// Source: chatwoot-compatible.yaml#/components/schemas/ConversationSender
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The contact who started the conversation.
 *
 * @param id ID of the sender
 * @param name The name of the sender
 * @param thumbnail Avatar URL of the contact
 * @param channel Channel Type
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationSender(@JsonProperty("id") @Nullable BigDecimal id,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("thumbnail") @Nullable String thumbnail,
        @JsonProperty("channel") @Nullable String channel,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param thumbnail see {@link #thumbnail()}
     * @param channel see {@link #channel()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public ConversationSender {
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
     * Builds a {@link ConversationSender}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable BigDecimal id;

        private @Nullable String name;

        private @Nullable String thumbnail;

        private @Nullable String channel;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ConversationSender source) {
            this.id = source.id();
            this.name = source.name();
            this.thumbnail = source.thumbnail();
            this.channel = source.channel();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>id</code>.
         *
         * @param id the value, or {@code null} for none
         * @return this builder
         */
        public Builder id(@Nullable BigDecimal id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>name</code>.
         *
         * @param name the value, or {@code null} for none
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets <code>thumbnail</code>.
         *
         * @param thumbnail the value, or {@code null} for none
         * @return this builder
         */
        public Builder thumbnail(@Nullable String thumbnail) {
            this.thumbnail = thumbnail;
            return this;
        }

        /**
         * Sets <code>channel</code>.
         *
         * @param channel the value, or {@code null} for none
         * @return this builder
         */
        public Builder channel(@Nullable String channel) {
            this.channel = channel;
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
        public ConversationSender build() {
            return new ConversationSender(
                    this.id,
                    this.name,
                    this.thumbnail,
                    this.channel,
                    this.additionalProperties);
        }
    }
}
