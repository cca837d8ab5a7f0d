// Source: front.yaml#/components/schemas/RecipientLinks/properties/related
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * URLs of the recipient's related resources.
 *
 * @param contact URL of the contact matching the handle, or null when there is none.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("contact")
public record RecipientLinksRelated(@JsonProperty("contact") @Nullable String contact,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param contact see {@link #contact()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public RecipientLinksRelated {
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
     * Builds a {@link RecipientLinksRelated}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String contact;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RecipientLinksRelated source) {
            this.contact = source.contact();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>contact</code>.
         *
         * @param contact the value, or {@code null} for none
         * @return this builder
         */
        public Builder contact(@Nullable String contact) {
            this.contact = contact;
            this.additionalProperties.remove("contact");
            return this;
        }

        /**
         * Sets <code>contact</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder contactNull() {
            this.contact = null;
            this.additionalProperties.put("contact", null);
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
        public RecipientLinksRelated build() {
            return new RecipientLinksRelated(
                    this.contact,
                    this.additionalProperties);
        }
    }
}
