// Source: recursion.yaml#/components/schemas/Company
package dev.specgen.models.recursion;

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
 * @param staff the <code>staff</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Company(
        @JsonProperty("staff") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Person> staff,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param staff see {@link #staff()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Company {
        staff = ModelSupport.copy(staff);
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
     * Builds a {@link Company}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable List<Person> staff;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Company source) {
            this.staff = ModelSupport.setOrNull(source.staff());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>staff</code>.
         *
         * @param staff the value; an empty one is written as empty
         * @return this builder
         */
        public Builder staff(List<Person> staff) {
            this.staff = staff;
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
        public Company build() {
            return new Company(
                    ModelSupport.orAbsent(this.staff),
                    this.additionalProperties);
        }
    }
}
