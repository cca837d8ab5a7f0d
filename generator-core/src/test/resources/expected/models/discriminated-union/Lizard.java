// Source: discriminated-union.yaml#/components/schemas/Lizard
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
 * Not in the mapping, so selected by its schema name.
 *
 * @param petType the <code>petType</code> property.
 * @param scales the <code>scales</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lizard(@JsonProperty("petType") @Nullable String petType,
        @JsonProperty("scales") @Nullable Integer scales,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param petType see {@link #petType()}
     * @param scales see {@link #scales()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Lizard {
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
     * Builds a {@link Lizard}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String petType = "Lizard";

        private @Nullable Integer scales;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Lizard source) {
            this.petType = source.petType();
            this.scales = source.scales();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>petType</code>. Preset to <code>Lizard</code>, the discriminator value that selects this type.
         *
         * @param petType the value, or {@code null} for none
         * @return this builder
         */
        public Builder petType(@Nullable String petType) {
            this.petType = petType;
            return this;
        }

        /**
         * Sets <code>scales</code>.
         *
         * @param scales the value, or {@code null} for none
         * @return this builder
         */
        public Builder scales(@Nullable Integer scales) {
            this.scales = scales;
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
        public Lizard build() {
            return new Lizard(
                    this.petType,
                    this.scales,
                    this.additionalProperties);
        }
    }
}
