// Source: all-of.yaml#/components/schemas/Team
package dev.specgen.models.allof;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A resource with a name and members, merged into one record.
 *
 * @param id the <code>id</code> property. Required.
 * @param members the <code>members</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Team(@JsonProperty("id") @Nullable String id,
        @JsonProperty("createdAt") @Nullable OffsetDateTime createdAt,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("members") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> members,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Team {
        members = ModelSupport.copy(members);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().id(id).createdAt(createdAt).name(name)
                .additionalProperties(additionalProperties);
        builder.members = ModelSupport.setOrNull(members);
        return builder;
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
        private @Nullable String name;
        private @Nullable List<String> members;

        private Builder() {}

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder members(List<String> members) {
            this.members = members;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Team build() {
            ModelSupport.requireSet("Team", "id", this.id, "members", this.members);
            return new Team(this.id, this.createdAt, this.name, ModelSupport.orAbsent(this.members),
                    this.additionalProperties);
        }
    }
}
