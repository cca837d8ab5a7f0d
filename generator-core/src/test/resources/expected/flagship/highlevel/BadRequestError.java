// Source: highlevel.yaml#/components/schemas/BadRequestError
package dev.specgen.flagship.highlevel;

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
 * Body of a 400 Bad Request response.
 *
 * @param statusCode HTTP status code. Example: <code>400</code>.
 * @param message What was wrong with the request. Example: <code>"Bad Request"</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BadRequestError(@JsonProperty("statusCode") @Nullable Integer statusCode,
        @JsonProperty("message") @Nullable String message,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public BadRequestError {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().statusCode(statusCode).message(message)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Integer statusCode;
        private @Nullable String message;

        private Builder() {}

        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        public BadRequestError build() {
            return new BadRequestError(this.statusCode, this.message, this.additionalProperties);
        }
    }
}
