// Source: recursion.yaml#/components/schemas/Branch
package dev.specgen.models.recursion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param children the <code>children</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Branch(
        @JsonProperty("children") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<Tree> children,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Branch {
        children = ModelSupport.copy(children);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().additionalProperties(additionalProperties);
        builder.children = ModelSupport.setOrNull(children);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable List<Tree> children;

        private Builder() {}

        public Builder children(List<Tree> children) {
            this.children = children;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Branch build() {
            ModelSupport.requireSet("Branch", "children", this.children);
            return new Branch(ModelSupport.orAbsent(this.children), this.additionalProperties);
        }
    }
}
