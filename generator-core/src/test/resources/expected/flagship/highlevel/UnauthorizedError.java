// Source: highlevel.yaml#/components/schemas/UnauthorizedError
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
        return new Builder(this);
    }

    public static final class Builder {
        private @Nullable Integer statusCode;
        private @Nullable String message;
        private @Nullable String error;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(UnauthorizedError source) {
            this.statusCode = source.statusCode();
            this.message = source.message();
            this.error = source.error();
            this.additionalProperties.putAll(source.additionalProperties());
        }

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

        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        public UnauthorizedError build() {
            return new UnauthorizedError(this.statusCode, this.message, this.error,
                    this.additionalProperties);
        }
    }
}
