// Source: shape-union.yaml#/components/schemas/Circle
package dev.specgen.models.shapeunion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param radius the <code>radius</code> property. Required.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Circle(@JsonProperty("radius") @Nullable BigDecimal radius,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param radius see {@link #radius()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Circle {
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
     * Builds a {@link Circle}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable BigDecimal radius;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Circle source) {
            this.radius = source.radius();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>radius</code>.
         *
         * @param radius the value, or {@code null} for none
         * @return this builder
         */
        public Builder radius(@Nullable BigDecimal radius) {
            this.radius = radius;
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
        public Circle build() {
            List<String> missing = new ArrayList<>();
            if (this.radius == null) {
                missing.add("radius");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Circle is missing required properties: " + String.join(", ", missing));
            }
            return new Circle(
                    this.radius,
                    this.additionalProperties);
        }
    }
}
