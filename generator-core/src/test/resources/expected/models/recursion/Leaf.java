// Source: recursion.yaml#/components/schemas/Leaf
package dev.specgen.models.recursion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param value the <code>value</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Leaf(@JsonProperty("value") @Nullable Integer value,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Leaf {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().value(value).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Integer value;

        private Builder() {}

        public Builder value(@Nullable Integer value) {
            this.value = value;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Leaf build() {
            ModelSupport.requireSet("Leaf", "value", this.value);
            return new Leaf(this.value, this.additionalProperties);
        }
    }
}
