// Source: highlevel.yaml#/components/schemas/BadRequestError
package dev.specgen.flagship.highlevel;

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
 * Body of a 400 Bad Request response.
 *
 * @param statusCode HTTP status code. Example: <code>400</code>.
 * @param message What was wrong with the request. Example: <code>"Bad Request"</code>.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BadRequestError(@JsonProperty("statusCode") @Nullable Integer statusCode,
        @JsonProperty("message") @Nullable String message,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param statusCode see {@link #statusCode()}
     * @param message see {@link #message()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public BadRequestError {
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
        private @Nullable Integer statusCode;

        private @Nullable String message;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(BadRequestError source) {
            this.statusCode = source.statusCode();
            this.message = source.message();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>statusCode</code>.
         *
         * @param statusCode the value, or {@code null} for none
         * @return this builder
         */
        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
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
                    this.statusCode,
                    this.message,
                    this.additionalProperties);
        }
    }
}
