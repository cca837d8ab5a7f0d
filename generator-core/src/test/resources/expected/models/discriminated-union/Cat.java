// Source: discriminated-union.yaml#/components/schemas/Cat
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
public record Cat(@JsonProperty("petType") @Nullable String petType,
        @JsonProperty("meows") @Nullable Integer meows,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Cat {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().petType(petType).meows(meows)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String petType = "cat";
        private @Nullable Integer meows;

        private Builder() {}

        /** Preset to <code>cat</code>, the discriminator value that selects this type. */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        public Builder meows(@Nullable Integer meows) {
            this.meows = meows;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Cat build() {
            ModelSupport.requireSet("Cat", "petType", this.petType);
            return new Cat(this.petType, this.meows, this.additionalProperties);
        }
    }
}
