// Source: highlevel.yaml#/components/schemas/UnprocessableEntityError
package dev.specgen.flagship.highlevel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 422 Unprocessable Entity response.
 *
 * @param statusCode HTTP status code. Example: <code>422</code>.
 * @param message What could not be processed, one entry per problem. Example: <code>["Unprocessable
 *     Entity"]</code>.
 * @param error Name of the error. Example: <code>"Unprocessable Entity"</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnprocessableEntityError(@JsonProperty("statusCode") @Nullable Integer statusCode,
        @JsonProperty("message") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> message,
        @JsonProperty("error") @Nullable String error,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public UnprocessableEntityError {
        message = ModelSupport.copy(message);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().statusCode(statusCode).error(error)
                .additionalProperties(additionalProperties);
        builder.message = ModelSupport.setOrNull(message);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Integer statusCode;
        private @Nullable List<String> message;
        private @Nullable String error;

        private Builder() {}

        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder message(List<String> message) {
            this.message = message;
            return this;
        }

        public Builder error(@Nullable String error) {
            this.error = error;
            return this;
        }

        public UnprocessableEntityError build() {
            return new UnprocessableEntityError(this.statusCode,
                    ModelSupport.orAbsent(this.message), this.error, this.additionalProperties);
        }
    }
}
