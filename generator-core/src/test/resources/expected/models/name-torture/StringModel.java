// Source: name-torture.yaml#/components/schemas/String
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
public record StringModel(
        @com.fasterxml.jackson.annotation.JsonProperty("value") @Nullable String value,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public StringModel {
        additionalProperties = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().value(value).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String value;

        private Builder() {}

        public Builder value(@Nullable String value) {
            this.value = value;
            return this;
        }

        public StringModel build() {
            return new StringModel(this.value, this.additionalProperties);
        }
    }
}
