// Source: highlevel.yaml#/components/schemas/UnauthorizedError
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
 * Body of a 401 Unauthorized response.
 *
 * @param statusCode HTTP status code. Example: <code>401</code>.
 * @param message Why the token was refused. Example: <code>"Invalid token: access token is
 *     invalid"</code>.
 * @param error Name of the error. Example: <code>"Unauthorized"</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnauthorizedError(@JsonProperty("statusCode") @Nullable Integer statusCode,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("error") @Nullable String error,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public UnauthorizedError {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().statusCode(statusCode).message(message).error(error)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Integer statusCode;
        private @Nullable String message;
        private @Nullable String error;

        private Builder() {}

        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        public Builder error(@Nullable String error) {
            this.error = error;
            return this;
        }

        public UnauthorizedError build() {
            return new UnauthorizedError(this.statusCode, this.message, this.error,
                    this.additionalProperties);
        }
    }
}
