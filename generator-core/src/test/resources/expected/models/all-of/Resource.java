// Source: all-of.yaml#/components/schemas/Resource
package dev.specgen.models.allof;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param id the <code>id</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resource(@JsonProperty("id") @Nullable String id,
        @JsonProperty("createdAt") @Nullable OffsetDateTime createdAt,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Resource {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).createdAt(createdAt).additionalProperties(additionalProperties);
    }

    /**
     * <code>createdAt</code> as an {@link Instant}.
     */
    public @Nullable Instant createdAtInstant() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String id;
        private @Nullable OffsetDateTime createdAt;

        private Builder() {}

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Resource build() {
            ModelSupport.requireSet("Resource", "id", this.id);
            return new Resource(this.id, this.createdAt, this.additionalProperties);
        }
    }
}
