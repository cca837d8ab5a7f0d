// Source: discriminated-union.yaml#/components/schemas/Dog
package dev.specgen.models.discriminatedunion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param petType the <code>petType</code> property. Required.
 * @param barks the <code>barks</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dog(@JsonProperty("petType") @Nullable String petType,
        @JsonProperty("barks") @Nullable Boolean barks,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param petType see {@link #petType()}
     * @param barks see {@link #barks()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Dog {
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
     * Builds a {@link Dog}; {@link #build()} checks that required properties are set.
     */
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

        /**
         * Sets <code>petType</code>. Preset to <code>dog</code>, the discriminator value that selects this type.
         *
         * @param petType the value, or {@code null} for none
         * @return this builder
         */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        /**
         * Sets <code>barks</code>.
         *
         * @param barks the value, or {@code null} for none
         * @return this builder
         */
        public Builder barks(@Nullable Boolean barks) {
            this.barks = barks;
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
         * @throws IllegalStateException naming every required property that is not set
         */
        public Dog build() {
            List<String> missing = new ArrayList<>();
            if (this.petType == null) {
                missing.add("petType");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Dog is missing required properties: " + String.join(", ", missing));
            }
            return new Dog(
                    this.petType,
                    this.barks,
                    this.additionalProperties);
        }
    }
}
