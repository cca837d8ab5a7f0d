// Source: front.yaml#/components/schemas/TeammateLinks/properties/related
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
 * URLs of the teammate's related resources.
 *
 * @param inboxes URL of the teammate's inboxes.
 * @param conversations URL of the conversations assigned to the teammate.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeammateLinksRelated(@JsonProperty("inboxes") @Nullable String inboxes,
        @JsonProperty("conversations") @Nullable String conversations,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param inboxes see {@link #inboxes()}
     * @param conversations see {@link #conversations()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public TeammateLinksRelated {
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
     * Builds a {@link TeammateLinksRelated}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String inboxes;

        private @Nullable String conversations;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(TeammateLinksRelated source) {
            this.inboxes = source.inboxes();
            this.conversations = source.conversations();
            this.additionalProperties.putAll(source.additionalProperties());
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
         * Sets <code>conversations</code>.
         *
         * @param conversations the value, or {@code null} for none
         * @return this builder
         */
        public Builder conversations(@Nullable String conversations) {
            this.conversations = conversations;
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
        public TeammateLinksRelated build() {
            return new TeammateLinksRelated(
                    this.inboxes,
                    this.conversations,
                    this.additionalProperties);
        }
    }
}
