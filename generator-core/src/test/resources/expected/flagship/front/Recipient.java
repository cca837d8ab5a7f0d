// Source: front.yaml#/components/schemas/Recipient
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
 * A recipient of a message. The conversation's recipient is its main recipient, generally the
 * sender of the last incoming message.
 *
 * @param links Links of a recipient. JSON name <code>_links</code>.
 * @param handle Handle of the recipient (e.g. an email address or a phone number).
 * @param role Role of the recipient in the message.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recipient(@JsonProperty("_links") @Nullable RecipientLinks links,
        @JsonProperty("handle") @Nullable String handle,
        @JsonProperty("role") @Nullable RecipientRole role,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param links see {@link #links()}
     * @param handle see {@link #handle()}
     * @param role see {@link #role()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Recipient {
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
     * Builds a {@link Recipient}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable RecipientLinks links;

        private @Nullable String handle;

        private @Nullable RecipientRole role;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Recipient source) {
            this.links = source.links();
            this.handle = source.handle();
            this.role = source.role();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>_links</code>.
         *
         * @param links the value, or {@code null} for none
         * @return this builder
         */
        public Builder links(@Nullable RecipientLinks links) {
            this.links = links;
            return this;
        }

        /**
         * Sets <code>handle</code>.
         *
         * @param handle the value, or {@code null} for none
         * @return this builder
         */
        public Builder handle(@Nullable String handle) {
            this.handle = handle;
            return this;
        }

        /**
         * Sets <code>role</code>.
         *
         * @param role the value, or {@code null} for none
         * @return this builder
         */
        public Builder role(@Nullable RecipientRole role) {
            this.role = role;
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
        public Recipient build() {
            return new Recipient(
                    this.links,
                    this.handle,
                    this.role,
                    this.additionalProperties);
        }
    }
}
