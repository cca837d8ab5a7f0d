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
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponseError(@JsonProperty("status") @Nullable Integer status,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("message") @Nullable String message,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ErrorResponseError {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

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

        public Builder status(@Nullable Integer status) {
            this.status = status;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        public ErrorResponseError build() {
            return new ErrorResponseError(this.status, this.title, this.message,
                    this.additionalProperties);
        }
    }
}
