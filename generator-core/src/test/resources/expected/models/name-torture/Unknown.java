// Source: name-torture.yaml#/components/schemas/Unknown
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
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
        return new Builder(this);
    }

    public static final class Builder {
        private @Nullable String mystery;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Unknown source) {
            this.mystery = source.mystery();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        public Builder mystery(@Nullable String mystery) {
            this.mystery = mystery;
            return this;
        }

        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
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
