// Source: front.yaml#/components/schemas/MessageLinks
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
 * Links of a message.
 *
 * @param self URL of the message.
 * @param related URLs of the message's related resources.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageLinks(@JsonProperty("self") @Nullable String self,
        @JsonProperty("related") @Nullable MessageLinksRelated related,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param self see {@link #self()}
     * @param related see {@link #related()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public MessageLinks {
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
     * Builds a {@link MessageLinks}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String self;

        private @Nullable MessageLinksRelated related;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(MessageLinks source) {
            this.self = source.self();
            this.related = source.related();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>self</code>.
         *
         * @param self the value, or {@code null} for none
         * @return this builder
         */
        public Builder self(@Nullable String self) {
            this.self = self;
            return this;
        }

        /**
         * Sets <code>related</code>.
         *
         * @param related the value, or {@code null} for none
         * @return this builder
         */
        public Builder related(@Nullable MessageLinksRelated related) {
            this.related = related;
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
        public MessageLinks build() {
            return new MessageLinks(
                    this.self,
                    this.related,
                    this.additionalProperties);
        }
    }
}
