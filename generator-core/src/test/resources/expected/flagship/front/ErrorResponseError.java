// Source: front.yaml#/components/schemas/ErrorResponse/properties/_error
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
 * The error.
 *
 * @param status HTTP status code.
 * @param title Short name of the error.
 * @param message Human-readable explanation.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponseError(@JsonProperty("status") @Nullable Integer status,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("message") @Nullable String message,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param status see {@link #status()}
     * @param title see {@link #title()}
     * @param message see {@link #message()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public ErrorResponseError {
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
     * Builds a {@link ErrorResponseError}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Integer status;

        private @Nullable String title;

        private @Nullable String message;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ErrorResponseError source) {
            this.status = source.status();
            this.title = source.title();
            this.message = source.message();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>status</code>.
         *
         * @param status the value, or {@code null} for none
         * @return this builder
         */
        public Builder status(@Nullable Integer status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>title</code>.
         *
         * @param title the value, or {@code null} for none
         * @return this builder
         */
        public Builder title(@Nullable String title) {
            this.title = title;
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
        public ErrorResponseError build() {
            return new ErrorResponseError(
                    this.status,
                    this.title,
                    this.message,
                    this.additionalProperties);
        }
    }
}
