// Source: all-of.yaml#/components/schemas/Resource
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
 * @param id the <code>id</code> property. Required.
 * @param createdAt the <code>createdAt</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resource(@JsonProperty("id") @Nullable String id,
        @JsonProperty("createdAt") @Nullable OffsetDateTime createdAt,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param id see {@link #id()}
     * @param createdAt see {@link #createdAt()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Resource {
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
     * Builds a {@link Resource}; {@link #build()} checks that required properties are set.
     */
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
        public Resource build() {
            List<String> missing = new ArrayList<>();
            if (this.id == null) {
                missing.add("id");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Resource is missing required properties: " + String.join(", ", missing));
            }
            return new Resource(
                    this.id,
                    this.createdAt,
                    this.additionalProperties);
        }
    }
}
