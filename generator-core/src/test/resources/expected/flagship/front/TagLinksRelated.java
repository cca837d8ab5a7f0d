// Source: front.yaml#/components/schemas/TagLinks/properties/related
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * URLs of the tag's related resources.
 *
 * @param conversations URL of the conversations with the tag.
 * @param owner URL of the tag's owner (a team or a teammate), or null.
 * @param children URL of the tag's child tags, or null.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls({"owner", "children"})
public record TagLinksRelated(@JsonProperty("conversations") @Nullable String conversations,
        @JsonProperty("owner") @Nullable String owner,
        @JsonProperty("children") @Nullable String children,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param conversations see {@link #conversations()}
     * @param owner see {@link #owner()}
     * @param children see {@link #children()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public TagLinksRelated {
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
     * Builds a {@link TagLinksRelated}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String conversations;

        private @Nullable String owner;

        private @Nullable String children;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(TagLinksRelated source) {
            this.conversations = source.conversations();
            this.owner = source.owner();
            this.children = source.children();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>conversations</code>.
         *
         * @param conversations the value, or {@code null} for none
         * @return this builder
         */
        public Builder conversations(@Nullable String conversations) {
            this.conversations = conversations;
            return this;
        }

        /**
         * Sets <code>owner</code>.
         *
         * @param owner the value, or {@code null} for none
         * @return this builder
         */
        public Builder owner(@Nullable String owner) {
            this.owner = owner;
            this.additionalProperties.remove("owner");
            return this;
        }

        /**
         * Sets <code>children</code>.
         *
         * @param children the value, or {@code null} for none
         * @return this builder
         */
        public Builder children(@Nullable String children) {
            this.children = children;
            this.additionalProperties.remove("children");
            return this;
        }

        /**
         * Sets <code>owner</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder ownerNull() {
            this.owner = null;
            this.additionalProperties.put("owner", null);
            return this;
        }

        /**
         * Sets <code>children</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder childrenNull() {
            this.children = null;
            this.additionalProperties.put("children", null);
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
        public TagLinksRelated build() {
            return new TagLinksRelated(
                    this.conversations,
                    this.owner,
                    this.children,
                    this.additionalProperties);
        }
    }
}
