// Source: name-torture.yaml#/components/schemas/IllegalArgumentException
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param reason the <code>reason</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IllegalArgumentException(
        @com.fasterxml.jackson.annotation.JsonProperty("reason") @Nullable String reason,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param reason see {@link #reason()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public IllegalArgumentException {
        additionalProperties = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties);
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
     * Builds a {@link IllegalArgumentException}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String reason;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(IllegalArgumentException source) {
            this.reason = source.reason();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>reason</code>.
         *
         * @param reason the value, or {@code null} for none
         * @return this builder
         */
        public Builder reason(@Nullable String reason) {
            this.reason = reason;
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
        public IllegalArgumentException build() {
            return new IllegalArgumentException(
                    this.reason,
                    this.additionalProperties);
        }
    }
}
