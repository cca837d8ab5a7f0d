// Source: name-torture.yaml#/components/schemas/ModelSupport
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
public record ModelSupport(
        @com.fasterxml.jackson.annotation.JsonProperty("help") @Nullable String help,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ModelSupport {
        additionalProperties = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().help(help).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String help;

        private Builder() {}

        public Builder help(@Nullable String help) {
            this.help = help;
            return this;
        }

        public ModelSupport build() {
            return new ModelSupport(this.help, this.additionalProperties);
        }
    }
}
