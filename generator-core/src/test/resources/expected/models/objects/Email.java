// Source: objects.yaml#/components/schemas/Email
package dev.specgen.models.objects;

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
 * @param address the <code>address</code> property.
 * @param primary the <code>primary</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 * @deprecated the API marks this schema as deprecated
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@Deprecated
public record Email(@JsonProperty("address") @Nullable String address,
        @JsonProperty("primary") @Nullable Boolean primary,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param address see {@link #address()}
     * @param primary see {@link #primary()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Email {
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
     * Builds a {@link Email}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String address;

        private @Nullable Boolean primary;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Email source) {
            this.address = source.address();
            this.primary = source.primary();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>address</code>.
         *
         * @param address the value, or {@code null} for none
         * @return this builder
         */
        public Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets <code>primary</code>.
         *
         * @param primary the value, or {@code null} for none
         * @return this builder
         */
        public Builder primary(@Nullable Boolean primary) {
            this.primary = primary;
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
        public Email build() {
            return new Email(
                    this.address,
                    this.primary,
                    this.additionalProperties);
        }
    }
}
