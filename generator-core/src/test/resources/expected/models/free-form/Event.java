// Source: free-form.yaml#/components/schemas/Event
package dev.specgen.models.freeform;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param attributes Any JSON object.
 * @param payload Any JSON value at all.
 * @param items An array of anything.
 * @param matrix the <code>matrix</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("payload")
public record Event(
        @JsonProperty("attributes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> attributes,
        @JsonProperty("payload") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Object payload,
        @JsonProperty("items") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<Object> items,
        @JsonProperty("matrix") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<List<Map<String, Object>>> matrix,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param attributes see {@link #attributes()}
     * @param payload see {@link #payload()}
     * @param items see {@link #items()}
     * @param matrix see {@link #matrix()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Event {
        attributes = ModelSupport.copy(attributes);
        items = ModelSupport.copy(items);
        matrix = ModelSupport.copy(matrix);
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
     * Builds a {@link Event}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Map<String, Object> attributes;

        private @Nullable Object payload;

        private @Nullable List<Object> items;

        private @Nullable List<List<Map<String, Object>>> matrix;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Event source) {
            this.attributes = ModelSupport.setOrNull(source.attributes());
            this.payload = source.payload();
            this.items = ModelSupport.setOrNull(source.items());
            this.matrix = ModelSupport.setOrNull(source.matrix());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>attributes</code>.
         *
         * @param attributes the value; an empty one is written as empty
         * @return this builder
         */
        public Builder attributes(Map<String, Object> attributes) {
            this.attributes = attributes;
            return this;
        }

        /**
         * Sets <code>payload</code>.
         *
         * @param payload the value, or {@code null} for none
         * @return this builder
         */
        public Builder payload(@Nullable Object payload) {
            this.payload = payload;
            this.additionalProperties.remove("payload");
            return this;
        }

        /**
         * Sets <code>items</code>.
         *
         * @param items the value; an empty one is written as empty
         * @return this builder
         */
        public Builder items(List<Object> items) {
            this.items = items;
            return this;
        }

        /**
         * Sets <code>matrix</code>.
         *
         * @param matrix the value; an empty one is written as empty
         * @return this builder
         */
        public Builder matrix(List<List<Map<String, Object>>> matrix) {
            this.matrix = matrix;
            return this;
        }

        /**
         * Sets <code>payload</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder payloadNull() {
            this.payload = null;
            this.additionalProperties.put("payload", null);
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
        public Event build() {
            return new Event(
                    ModelSupport.orAbsent(this.attributes),
                    this.payload,
                    ModelSupport.orAbsent(this.items),
                    ModelSupport.orAbsent(this.matrix),
                    this.additionalProperties);
        }
    }
}
