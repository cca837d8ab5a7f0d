// Source: discriminated-union.yaml#/components/schemas/Lizard
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
 * Not in the mapping, so selected by its schema name.
 *
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lizard(@JsonProperty("petType") @Nullable String petType,
        @JsonProperty("scales") @Nullable Integer scales,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Lizard {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().petType(petType).scales(scales)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String petType = "Lizard";
        private @Nullable Integer scales;

        private Builder() {}

        /** Preset to <code>Lizard</code>, the discriminator value that selects this type. */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        public Builder scales(@Nullable Integer scales) {
            this.scales = scales;
            return this;
        }

        public Lizard build() {
            return new Lizard(this.petType, this.scales, this.additionalProperties);
        }
    }
}
