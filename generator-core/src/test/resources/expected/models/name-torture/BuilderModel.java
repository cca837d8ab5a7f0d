// Source: name-torture.yaml#/components/schemas/Builder
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
public record BuilderModel(
        @com.fasterxml.jackson.annotation.JsonProperty("build") @Nullable String build_,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public BuilderModel {
        additionalProperties = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().build_(build_).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String build_;

        private Builder() {}

        public Builder build_(@Nullable String build_) {
            this.build_ = build_;
            return this;
        }

        public BuilderModel build() {
            return new BuilderModel(this.build_, this.additionalProperties);
        }
    }
}
