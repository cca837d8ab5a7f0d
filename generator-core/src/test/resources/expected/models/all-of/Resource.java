// Source: all-of.yaml#/components/schemas/Resource
package dev.specgen.models.allof;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
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
        return new Builder(this);
    }

    /**
     * <code>createdAt</code> as an {@link Instant}.
     */
    public @Nullable Instant createdAtInstant() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public static final class Builder {
        private @Nullable String id;
        private @Nullable OffsetDateTime createdAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Resource source) {
            this.id = source.id();
            this.createdAt = source.createdAt();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
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
