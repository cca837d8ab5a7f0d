// Source: chatwoot.yaml#/components/schemas/RequestError
package dev.specgen.flagship.chatwoot;

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
 * An error about one field of the request.
 *
 * @param field Name of the field.
 * @param message What is wrong with it.
 * @param code Error code.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestError(@JsonProperty("field") @Nullable String field,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("code") @Nullable String code,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param field see {@link #field()}
     * @param message see {@link #message()}
     * @param code see {@link #code()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public RequestError {
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
     * Builds a {@link RequestError}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String field;

        private @Nullable String message;

        private @Nullable String code;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RequestError source) {
            this.field = source.field();
            this.message = source.message();
            this.code = source.code();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>field</code>.
         *
         * @param field the value, or {@code null} for none
         * @return this builder
         */
        public Builder field(@Nullable String field) {
            this.field = field;
            return this;
        }

        /**
         * Sets <code>message</code>.
         *
         * @param message the value, or {@code null} for none
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets <code>code</code>.
         *
         * @param code the value, or {@code null} for none
         * @return this builder
         */
        public Builder code(@Nullable String code) {
            this.code = code;
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
        public RequestError build() {
            return new RequestError(
                    this.field,
                    this.message,
                    this.code,
                    this.additionalProperties);
        }
    }
}
