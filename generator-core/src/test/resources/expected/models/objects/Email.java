// Source: objects.yaml#/components/schemas/Email
package dev.specgen.models.objects;

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
 * @deprecated the API marks this schema as deprecated
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@Deprecated
public record Email(@JsonProperty("address") @Nullable String address,
        @JsonProperty("primary") @Nullable Boolean primary,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Email {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().address(address).primary(primary)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String address;
        private @Nullable Boolean primary;

        private Builder() {}

        public Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        public Builder primary(@Nullable Boolean primary) {
            this.primary = primary;
            return this;
        }

        public Email build() {
            return new Email(this.address, this.primary, this.additionalProperties);
        }
    }
}
