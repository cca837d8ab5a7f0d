// Source: recursion.yaml#/components/schemas/Node
package dev.specgen.models.recursion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param name the <code>name</code> property.
 * @param parent the <code>parent</code> property.
 * @param children the <code>children</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(@JsonProperty("name") @Nullable String name,
        @JsonProperty("parent") @Nullable Node parent,
        @JsonProperty("children") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Node> children,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param name see {@link #name()}
     * @param parent see {@link #parent()}
     * @param children see {@link #children()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Node {
        children = ModelSupport.copy(children);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    /**
     * A builder with no values set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Node}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String name;

        private @Nullable Node parent;

        private @Nullable List<Node> children;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Node source) {
            this.name = source.name();
            this.parent = source.parent();
            this.children = ModelSupport.setOrNull(source.children());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>name</code>.
         *
         * @param name the value, or {@code null} for none
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets <code>parent</code>.
         *
         * @param parent the value, or {@code null} for none
         * @return this builder
         */
        public Builder parent(@Nullable Node parent) {
            this.parent = parent;
            return this;
        }

        /**
         * Sets <code>children</code>.
         *
         * @param children the value; an empty one is written as empty
         * @return this builder
         */
        public Builder children(List<Node> children) {
            this.children = children;
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         */
        public Node build() {
            return new Node(
                    this.name,
                    this.parent,
                    ModelSupport.orAbsent(this.children),
                    this.additionalProperties);
        }
    }
}
