// Source: discriminated-union.yaml#/components/schemas/Dog
package dev.specgen.models.discriminatedunion;

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
        return new Builder(this);
    }

    public static final class Builder {
        private @Nullable String petType = "dog";
        private @Nullable Boolean barks;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Dog source) {
            this.petType = source.petType();
            this.barks = source.barks();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /** Preset to <code>dog</code>, the discriminator value that selects this type. */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        public Builder barks(@Nullable Boolean barks) {
            this.barks = barks;
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

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Dog build() {
            ModelSupport.requireSet("Dog", "petType", this.petType);
            return new Dog(this.petType, this.barks, this.additionalProperties);
        }
    }
}
