// Source: caller-api.yaml#/components/schemas/Bird
package dev.specgen.models.callerapi;

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
 * @param kind the <code>kind</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Bird(@JsonProperty("kind") @Nullable AnimalKind kind,
        @JsonProperty("wings") @Nullable Integer wings,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Bird {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().kind(kind).wings(wings).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable AnimalKind kind = AnimalKind.of("bird");
        private @Nullable Integer wings;

        private Builder() {}

        /** Preset to <code>bird</code>, the discriminator value that selects this type. */
        public Builder kind(@Nullable AnimalKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder wings(@Nullable Integer wings) {
            this.wings = wings;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Bird build() {
            ModelSupport.requireSet("Bird", "kind", this.kind);
            return new Bird(this.kind, this.wings, this.additionalProperties);
        }
    }
}
