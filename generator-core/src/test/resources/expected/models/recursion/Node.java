// Source: recursion.yaml#/components/schemas/Node
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

@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(@JsonProperty("name") @Nullable String name,
        @JsonProperty("parent") @Nullable Node parent,
        @JsonProperty("children") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Node> children,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Node {
        children = ModelSupport.copy(children);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().name(name).parent(parent)
                .additionalProperties(additionalProperties);
        builder.children = ModelSupport.setOrNull(children);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String name;
        private @Nullable Node parent;
        private @Nullable List<Node> children;

        private Builder() {}

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder parent(@Nullable Node parent) {
            this.parent = parent;
            return this;
        }

        public Builder children(List<Node> children) {
            this.children = children;
            return this;
        }

        public Node build() {
            return new Node(this.name, this.parent, ModelSupport.orAbsent(this.children),
                    this.additionalProperties);
        }
    }
}
