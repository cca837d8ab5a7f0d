// Source: discriminated-union.yaml#/components/schemas/Owner
package dev.specgen.models.discriminatedunion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param pet A pet, told apart by its petType.
 * @param pets the <code>pets</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Owner(
        @JsonProperty("pet") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Pet pet,
        @JsonProperty("pets") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<Pet> pets,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param pet see {@link #pet()}
     * @param pets see {@link #pets()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Owner {
        pets = ModelSupport.copy(pets);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    /**
     * A builder with no values set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Owner}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Pet pet;

        private @Nullable List<Pet> pets;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Owner source) {
            this.pet = source.pet();
            this.pets = ModelSupport.setOrNull(source.pets());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>pet</code>.
         *
         * @param pet the value, or {@code null} for none
         * @return this builder
         */
        public Builder pet(@Nullable Pet pet) {
            this.pet = pet;
            return this;
        }

        /**
         * Sets <code>pets</code>.
         *
         * @param pets the value; an empty one is written as empty
         * @return this builder
         */
        public Builder pets(List<Pet> pets) {
            this.pets = pets;
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         */
        public Owner build() {
            return new Owner(
                    this.pet,
                    ModelSupport.orAbsent(this.pets),
                    this.additionalProperties);
        }
    }
}
