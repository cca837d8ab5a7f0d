// Source: discriminated-union.yaml#/components/schemas/Dog
package dev.specgen.models.discriminatedunion;

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
 * @param petType the <code>petType</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dog(@JsonProperty("petType") @Nullable String petType,
        @JsonProperty("barks") @Nullable Boolean barks,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Dog {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().petType(petType).barks(barks)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String petType = "dog";
        private @Nullable Boolean barks;

        private Builder() {}

        /** Preset to <code>dog</code>, the discriminator value that selects this type. */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        public Builder barks(@Nullable Boolean barks) {
            this.barks = barks;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Dog build() {
            ModelSupport.requireSet("Dog", "petType", this.petType);
            return new Dog(this.petType, this.barks, this.additionalProperties);
        }
    }
}
