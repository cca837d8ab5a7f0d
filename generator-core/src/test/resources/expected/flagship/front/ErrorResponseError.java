// Source: front.yaml#/components/schemas/ErrorResponse/properties/_error
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
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
        return new Builder().status(status).title(title).message(message)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Integer status;
        private @Nullable String title;
        private @Nullable String message;

        private Builder() {}

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

        public ErrorResponseError build() {
            return new ErrorResponseError(this.status, this.title, this.message,
                    this.additionalProperties);
        }
    }
}
