// Source: additional-properties.yaml#/components/schemas/Counters
package dev.specgen.models.additionalproperties;

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
 * Declared properties plus typed undeclared ones.
 *
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counters(@JsonProperty("total") @Nullable Integer total,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Integer> additionalProperties) {
    public Counters {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().total(total).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Integer> {
        private @Nullable Integer total;

        private Builder() {}

        public Builder total(@Nullable Integer total) {
            this.total = total;
            return this;
        }

        public Counters build() {
            return new Counters(this.total, this.additionalProperties);
        }
    }
}
