// Source: chatwoot.yaml#/components/schemas/RequestError
package dev.specgen.flagship.chatwoot;

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
 * An error about one field of the request.
 *
 * @param field Name of the field.
 * @param message What is wrong with it.
 * @param code Error code.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestError(@JsonProperty("field") @Nullable String field,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("code") @Nullable String code,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public RequestError {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().field(field).message(message).code(code)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String field;
        private @Nullable String message;
        private @Nullable String code;

        private Builder() {}

        public Builder field(@Nullable String field) {
            this.field = field;
            return this;
        }

        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        public RequestError build() {
            return new RequestError(this.field, this.message, this.code, this.additionalProperties);
        }
    }
}
