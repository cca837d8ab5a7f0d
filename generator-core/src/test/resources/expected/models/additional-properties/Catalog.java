// Source: additional-properties.yaml#/components/schemas/Catalog
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
 * @param labels A map with no declared properties is a plain map where it is used.
 * @param entries the <code>entries</code> property.
 * @param open the <code>open</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Catalog(
        @JsonProperty("labels") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, String> labels,
        @JsonProperty("entries") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Entry> entries,
        @JsonProperty("open") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> open,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param labels see {@link #labels()}
     * @param entries see {@link #entries()}
     * @param open see {@link #open()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Catalog {
        labels = ModelSupport.copy(labels);
        entries = ModelSupport.copy(entries);
        open = ModelSupport.copy(open);
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
     * Builds a {@link Catalog}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Map<String, String> labels;

        private @Nullable Map<String, Entry> entries;

        private @Nullable Map<String, Object> open;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Catalog source) {
            this.labels = ModelSupport.setOrNull(source.labels());
            this.entries = ModelSupport.setOrNull(source.entries());
            this.open = ModelSupport.setOrNull(source.open());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>labels</code>.
         *
         * @param labels the value; an empty one is written as empty
         * @return this builder
         */
        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * Sets <code>entries</code>.
         *
         * @param entries the value; an empty one is written as empty
         * @return this builder
         */
        public Builder entries(Map<String, Entry> entries) {
            this.entries = entries;
            return this;
        }

        /**
         * Sets <code>open</code>.
         *
         * @param open the value; an empty one is written as empty
         * @return this builder
         */
        public Builder open(Map<String, Object> open) {
            this.open = open;
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
        public Catalog build() {
            return new Catalog(
                    ModelSupport.orAbsent(this.labels),
                    ModelSupport.orAbsent(this.entries),
                    ModelSupport.orAbsent(this.open),
                    this.additionalProperties);
        }
    }
}
