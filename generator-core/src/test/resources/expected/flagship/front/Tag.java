// Source: front.yaml#/components/schemas/Tag
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A tag that can be applied to conversations.
 *
 * @param links Links of a tag. JSON name <code>_links</code>.
 * @param id Unique identifier of the tag. Example: <code>"tag_55c8c149"</code>.
 * @param name Name of the tag.
 * @param highlight Highlight color of the tag (e.g. <code>blue</code>), or null.
 * @param isPrivate Whether the tag is private to its owner. JSON name <code>is_private</code>.
 * @param createdAt Creation time of the tag, in seconds since the epoch. JSON name
 *     <code>created_at</code>.
 * @param updatedAt Last update time of the tag, in seconds since the epoch. JSON name
 *     <code>updated_at</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("highlight")
public record Tag(@JsonProperty("_links") @Nullable TagLinks links,
        @JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
        @JsonProperty("highlight") @Nullable String highlight,
        @JsonProperty("is_private") @Nullable Boolean isPrivate,
        @JsonProperty("created_at") @Nullable BigDecimal createdAt,
        @JsonProperty("updated_at") @Nullable BigDecimal updatedAt,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Tag {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().links(links).id(id).name(name).highlight(highlight)
                .isPrivate(isPrivate).createdAt(createdAt).updatedAt(updatedAt)
                .additionalProperties(additionalProperties);
    }

    /**
     * <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    /**
     * <code>updated_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant updatedAtInstant() {
        return ModelSupport.epochSeconds(updatedAt);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable TagLinks links;
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String highlight;
        private @Nullable Boolean isPrivate;
        private @Nullable BigDecimal createdAt;
        private @Nullable BigDecimal updatedAt;

        private Builder() {}

        public Builder links(@Nullable TagLinks links) {
            this.links = links;
            return this;
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder highlight(@Nullable String highlight) {
            this.highlight = highlight;
            this.additionalProperties.remove("highlight");
            return this;
        }

        public Builder isPrivate(@Nullable Boolean isPrivate) {
            this.isPrivate = isPrivate;
            return this;
        }

        public Builder createdAt(@Nullable BigDecimal createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(@Nullable BigDecimal updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * Sets <code>highlight</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder highlightNull() {
            this.highlight = null;
            this.additionalProperties.put("highlight", null);
            return this;
        }

        public Tag build() {
            return new Tag(this.links, this.id, this.name, this.highlight, this.isPrivate,
                    this.createdAt, this.updatedAt, this.additionalProperties);
        }
    }
}
