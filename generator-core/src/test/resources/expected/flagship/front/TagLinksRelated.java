// Source: front.yaml#/components/schemas/TagLinks/properties/related
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * URLs of the tag's related resources.
 *
 * @param conversations URL of the conversations with the tag.
 * @param owner URL of the tag's owner (a team or a teammate), or null.
 * @param children URL of the tag's child tags, or null.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls({"owner", "children"})
public record TagLinksRelated(@JsonProperty("conversations") @Nullable String conversations,
        @JsonProperty("owner") @Nullable String owner,
        @JsonProperty("children") @Nullable String children,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public TagLinksRelated {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().conversations(conversations).owner(owner).children(children)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String conversations;
        private @Nullable String owner;
        private @Nullable String children;

        private Builder() {}

        public Builder conversations(@Nullable String conversations) {
            this.conversations = conversations;
            return this;
        }

        public Builder owner(@Nullable String owner) {
            this.owner = owner;
            this.additionalProperties.remove("owner");
            return this;
        }

        public Builder children(@Nullable String children) {
            this.children = children;
            this.additionalProperties.remove("children");
            return this;
        }

        /**
         * Sets <code>owner</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder ownerNull() {
            this.owner = null;
            this.additionalProperties.put("owner", null);
            return this;
        }

        /**
         * Sets <code>children</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder childrenNull() {
            this.children = null;
            this.additionalProperties.put("children", null);
            return this;
        }

        public TagLinksRelated build() {
            return new TagLinksRelated(this.conversations, this.owner, this.children,
                    this.additionalProperties);
        }
    }
}
