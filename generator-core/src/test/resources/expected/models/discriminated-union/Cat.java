// Source: discriminated-union.yaml#/components/schemas/Cat
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
 * @param meows the <code>meows</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cat(@JsonProperty("petType") @Nullable String petType,
        @JsonProperty("meows") @Nullable Integer meows,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param petType see {@link #petType()}
     * @param meows see {@link #meows()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Cat {
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
     * Builds a {@link Cat}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String petType = "cat";

        private @Nullable Integer meows;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Cat source) {
            this.petType = source.petType();
            this.meows = source.meows();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>petType</code>. Preset to <code>cat</code>, the discriminator value that selects this type.
         *
         * @param petType the value, or {@code null} for none
         * @return this builder
         */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        /**
         * Sets <code>meows</code>.
         *
         * @param meows the value, or {@code null} for none
         * @return this builder
         */
        public Builder meows(@Nullable Integer meows) {
            this.meows = meows;
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
        public Cat build() {
            List<String> missing = new ArrayList<>();
            if (this.petType == null) {
                missing.add("petType");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Cat is missing required properties: " + String.join(", ", missing));
            }
            return new Cat(
                    this.petType,
                    this.meows,
                    this.additionalProperties);
        }
    }
}
