// Source: additional-properties.yaml#/components/schemas/Counters
package dev.specgen.models.additionalproperties;

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
 * Declared properties plus typed undeclared ones.
 *
 * @param total the <code>total</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counters(@JsonProperty("total") @Nullable Integer total,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Integer> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param total see {@link #total()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Counters {
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
     * Builds a {@link Counters}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Integer total;

        private final Map<String, Integer> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Counters source) {
            this.total = source.total();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>total</code>.
         *
         * @param total the value, or {@code null} for none
         * @return this builder
         */
        public Builder total(@Nullable Integer total) {
            this.total = total;
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Integer value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Integer> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         */
        public Counters build() {
            return new Counters(
                    this.total,
                    this.additionalProperties);
        }
    }
}
