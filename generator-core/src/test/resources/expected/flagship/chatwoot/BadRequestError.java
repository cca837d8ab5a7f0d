// Source: chatwoot.yaml#/components/schemas/BadRequestError
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Error body of a failed request.
 *
 * @param description What went wrong.
 * @param errors Errors per field.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BadRequestError(@JsonProperty("description") @Nullable String description,
        @JsonProperty("errors") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<RequestError> errors,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param description see {@link #description()}
     * @param errors see {@link #errors()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public BadRequestError {
        errors = ModelSupport.copy(errors);
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
     * Builds a {@link BadRequestError}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String description;

        private @Nullable List<RequestError> errors;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(BadRequestError source) {
            this.description = source.description();
            this.errors = ModelSupport.setOrNull(source.errors());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>description</code>.
         *
         * @param description the value, or {@code null} for none
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets <code>errors</code>.
         *
         * @param errors the value; an empty one is written as empty
         * @return this builder
         */
        public Builder errors(List<RequestError> errors) {
            this.errors = errors;
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
        public BadRequestError build() {
            return new BadRequestError(
                    this.description,
                    ModelSupport.orAbsent(this.errors),
                    this.additionalProperties);
        }
    }
}
