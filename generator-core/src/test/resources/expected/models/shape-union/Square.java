// Source: shape-union.yaml#/components/schemas/Square
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
 * @param side the <code>side</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Square(@JsonProperty("side") @Nullable BigDecimal side,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Square {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().side(side).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable BigDecimal side;

        private Builder() {}

        public Builder side(@Nullable BigDecimal side) {
            this.side = side;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Square build() {
            ModelSupport.requireSet("Square", "side", this.side);
            return new Square(this.side, this.additionalProperties);
        }
    }
}
