// Source: shape-union.yaml#/components/schemas/Drawing
package dev.specgen.models.shapeunion;

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
 * @param value Told apart by the kind of JSON value, and objects by their required properties.
 * @param values the <code>values</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Drawing(
        @JsonProperty("value") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Value value,
        @JsonProperty("values") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<Value> values,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param value see {@link #value()}
     * @param values see {@link #values()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Drawing {
        values = ModelSupport.copy(values);
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
     * Builds a {@link Drawing}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Value value;

        private @Nullable List<Value> values;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Drawing source) {
            this.value = source.value();
            this.values = ModelSupport.setOrNull(source.values());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>value</code>.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder value(@Nullable Value value) {
            this.value = value;
            return this;
        }

        /**
         * Sets <code>values</code>.
         *
         * @param values the value; an empty one is written as empty
         * @return this builder
         */
        public Builder values(List<Value> values) {
            this.values = values;
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
        public Drawing build() {
            return new Drawing(
                    this.value,
                    ModelSupport.orAbsent(this.values),
                    this.additionalProperties);
        }
    }
}
