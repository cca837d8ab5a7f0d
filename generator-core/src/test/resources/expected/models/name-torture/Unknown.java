// Source: name-torture.yaml#/components/schemas/Unknown
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.specgen.runtime.model.ModelBuilder;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param mystery the <code>mystery</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unknown(
        @com.fasterxml.jackson.annotation.JsonProperty("mystery") @Nullable String mystery,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Unknown {
        additionalProperties = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().mystery(mystery).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String mystery;

        private Builder() {}

        public Builder mystery(@Nullable String mystery) {
            this.mystery = mystery;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Unknown build() {
            dev.specgen.runtime.model.ModelSupport.requireSet("Unknown", "mystery", this.mystery);
            return new Unknown(this.mystery, this.additionalProperties);
        }
    }
}
