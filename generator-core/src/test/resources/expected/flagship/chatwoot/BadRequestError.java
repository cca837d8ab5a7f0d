// Source: chatwoot.yaml#/components/schemas/BadRequestError
package dev.specgen.flagship.chatwoot;

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
 * Error body of a failed request.
 *
 * @param description What went wrong.
 * @param errors Errors per field.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BadRequestError(@JsonProperty("description") @Nullable String description,
        @JsonProperty("errors") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<RequestError> errors,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public BadRequestError {
        errors = ModelSupport.copy(errors);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().description(description)
                .additionalProperties(additionalProperties);
        builder.errors = ModelSupport.setOrNull(errors);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String description;
        private @Nullable List<RequestError> errors;

        private Builder() {}

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Builder errors(List<RequestError> errors) {
            this.errors = errors;
            return this;
        }

        public BadRequestError build() {
            return new BadRequestError(this.description, ModelSupport.orAbsent(this.errors),
                    this.additionalProperties);
        }
    }
}
