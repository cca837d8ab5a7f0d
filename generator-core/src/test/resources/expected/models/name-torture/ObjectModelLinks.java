// Source: name-torture.yaml#/components/schemas/Object/properties/_links
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.specgen.runtime.model.ModelBuilder;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectModelLinks(
        @com.fasterxml.jackson.annotation.JsonProperty("self") @Nullable String self,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ObjectModelLinks {
        additionalProperties = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().self(self).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String self;

        private Builder() {}

        public Builder self(@Nullable String self) {
            this.self = self;
            return this;
        }

        public ObjectModelLinks build() {
            return new ObjectModelLinks(this.self, this.additionalProperties);
        }
    }
}
