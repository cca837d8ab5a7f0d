// Source: shape-union.yaml#/components/schemas/Circle
package dev.specgen.models.shapeunion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param radius the <code>radius</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Circle(@JsonProperty("radius") @Nullable BigDecimal radius,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Circle {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().radius(radius).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable BigDecimal radius;

        private Builder() {}

        public Builder radius(@Nullable BigDecimal radius) {
            this.radius = radius;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Circle build() {
            ModelSupport.requireSet("Circle", "radius", this.radius);
            return new Circle(this.radius, this.additionalProperties);
        }
    }
}
