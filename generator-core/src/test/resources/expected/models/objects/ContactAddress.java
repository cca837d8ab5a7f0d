// Source: objects.yaml#/components/schemas/Contact/properties/address
package dev.specgen.models.objects;

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
 * An inline object becomes a record of its own.
 *
 * @param city the <code>city</code> property. Required.
 * @param lines the <code>lines</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactAddress(@JsonProperty("city") @Nullable String city,
        @JsonProperty("lines") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> lines,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param city see {@link #city()}
     * @param lines see {@link #lines()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public ContactAddress {
        lines = ModelSupport.copy(lines);
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
     * Builds a {@link ContactAddress}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String city;

        private @Nullable List<String> lines;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ContactAddress source) {
            this.city = source.city();
            this.lines = ModelSupport.setOrNull(source.lines());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>city</code>.
         *
         * @param city the value, or {@code null} for none
         * @return this builder
         */
        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets <code>lines</code>.
         *
         * @param lines the value; an empty one is written as empty
         * @return this builder
         */
        public Builder lines(List<String> lines) {
            this.lines = lines;
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
        public ContactAddress build() {
            List<String> missing = new ArrayList<>();
            if (this.city == null) {
                missing.add("city");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("ContactAddress is missing required properties: " + String.join(", ", missing));
            }
            return new ContactAddress(
                    this.city,
                    ModelSupport.orAbsent(this.lines),
                    this.additionalProperties);
        }
    }
}
