// Source: all-of.yaml#/components/schemas/Team
package dev.specgen.models.allof;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A resource with a name and members, merged into one record.
 *
 * @param id the <code>id</code> property. Required.
 * @param createdAt the <code>createdAt</code> property.
 * @param name the <code>name</code> property.
 * @param members the <code>members</code> property. Required.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Team(@JsonProperty("id") @Nullable String id,
        @JsonProperty("createdAt") @Nullable OffsetDateTime createdAt,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("members") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> members,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param id see {@link #id()}
     * @param createdAt see {@link #createdAt()}
     * @param name see {@link #name()}
     * @param members see {@link #members()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Team {
        members = ModelSupport.copy(members);
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
     * Returns <code>createdAt</code> as an {@link Instant}.
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant createdAtInstant() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    /**
     * Builds a {@link Team}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String id;

        private @Nullable OffsetDateTime createdAt;

        private @Nullable String name;

        private @Nullable List<String> members;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Team source) {
            this.id = source.id();
            this.createdAt = source.createdAt();
            this.name = source.name();
            this.members = ModelSupport.setOrNull(source.members());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>id</code>.
         *
         * @param id the value, or {@code null} for none
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>createdAt</code>.
         *
         * @param createdAt the value, or {@code null} for none
         * @return this builder
         */
        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
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
         * Sets <code>members</code>.
         *
         * @param members the value; an empty one is written as empty
         * @return this builder
         */
        public Builder members(List<String> members) {
            this.members = members;
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
         * @throws IllegalStateException naming every required property that is not set
         */
        public Team build() {
            List<String> missing = new ArrayList<>();
            if (this.id == null) {
                missing.add("id");
            }
            if (this.members == null) {
                missing.add("members");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Team is missing required properties: " + String.join(", ", missing));
            }
            return new Team(
                    this.id,
                    this.createdAt,
                    this.name,
                    ModelSupport.orAbsent(this.members),
                    this.additionalProperties);
        }
    }
}
