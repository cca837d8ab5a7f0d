// Source: discriminated-union.yaml#/components/schemas/Owner
package dev.specgen.models.discriminatedunion;

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
 * @param pet A pet, told apart by its petType.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Owner(
        @JsonProperty("pet") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Pet pet,
        @JsonProperty("pets") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<Pet> pets,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Owner {
        pets = ModelSupport.copy(pets);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().pet(pet).additionalProperties(additionalProperties);
        builder.pets = ModelSupport.setOrNull(pets);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Pet pet;
        private @Nullable List<Pet> pets;

        private Builder() {}

        public Builder pet(@Nullable Pet pet) {
            this.pet = pet;
            return this;
        }

        public Builder pets(List<Pet> pets) {
            this.pets = pets;
            return this;
        }

        public Owner build() {
            return new Owner(this.pet, ModelSupport.orAbsent(this.pets), this.additionalProperties);
        }
    }
}
