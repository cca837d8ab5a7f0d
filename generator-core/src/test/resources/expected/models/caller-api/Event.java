// Source: caller-api.yaml#/components/schemas/Event
package dev.specgen.models.callerapi;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param labels the <code>labels</code> property. Required.
 * @param notes the <code>notes</code> property.
 * @param counts the <code>counts</code> property.
 * @param title the <code>title</code> property.
 * @param createdAt The time at which the event was created. JSON name <code>created_at</code>.
 * @param updatedAt the <code>updatedAt</code> property.
 * @param sent Milliseconds since the Unix epoch.
 * @param seen the <code>seen</code> property.
 * @param expires the <code>expires</code> property.
 * @param size Not a point in time.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("notes")
public record Event(
        @JsonProperty("labels") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> labels,
        @JsonProperty("notes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> notes,
        @JsonProperty("counts") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Integer> counts,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("created_at") @Nullable BigDecimal createdAt,
        @JsonProperty("updatedAt") @Nullable Long updatedAt,
        @JsonProperty("sent") @Nullable Long sent,
        @JsonProperty("seen") @Nullable OffsetDateTime seen,
        @JsonProperty("expires") @Nullable Long expires,
        @JsonProperty("size") @Nullable Integer size,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param labels see {@link #labels()}
     * @param notes see {@link #notes()}
     * @param counts see {@link #counts()}
     * @param title see {@link #title()}
     * @param createdAt see {@link #createdAt()}
     * @param updatedAt see {@link #updatedAt()}
     * @param sent see {@link #sent()}
     * @param seen see {@link #seen()}
     * @param expires see {@link #expires()}
     * @param size see {@link #size()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Event {
        labels = ModelSupport.copy(labels);
        notes = ModelSupport.copy(notes);
        counts = ModelSupport.copy(counts);
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
     * Returns <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    /**
     * Returns <code>updatedAt</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant updatedAtInstant() {
        return ModelSupport.epochSeconds(updatedAt);
    }

    /**
     * Returns <code>sent</code> as an {@link Instant} (the value is milliseconds since the Unix epoch).
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant sentInstant() {
        return ModelSupport.epochMillis(sent);
    }

    /**
     * Returns <code>seen</code> as an {@link Instant}.
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant seenInstant() {
        return seen == null ? null : seen.toInstant();
    }

    /**
     * Returns <code>expires</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant expiresInstant() {
        return ModelSupport.epochSeconds(expires);
    }

    /**
     * Builds a {@link Event}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable List<String> labels;

        private @Nullable List<String> notes;

        private @Nullable Map<String, Integer> counts;

        private @Nullable String title;

        private @Nullable BigDecimal createdAt;

        private @Nullable Long updatedAt;

        private @Nullable Long sent;

        private @Nullable OffsetDateTime seen;

        private @Nullable Long expires;

        private @Nullable Integer size;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Event source) {
            this.labels = ModelSupport.setOrNull(source.labels());
            this.notes = ModelSupport.setOrNull(source.notes());
            this.counts = ModelSupport.setOrNull(source.counts());
            this.title = source.title();
            this.createdAt = source.createdAt();
            this.updatedAt = source.updatedAt();
            this.sent = source.sent();
            this.seen = source.seen();
            this.expires = source.expires();
            this.size = source.size();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>labels</code>.
         *
         * @param labels the value; an empty one is written as empty
         * @return this builder
         */
        public Builder labels(List<String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * Sets <code>notes</code>.
         *
         * @param notes the value; an empty one is written as empty
         * @return this builder
         */
        public Builder notes(List<String> notes) {
            this.notes = notes;
            this.additionalProperties.remove("notes");
            return this;
        }

        /**
         * Sets <code>counts</code>.
         *
         * @param counts the value; an empty one is written as empty
         * @return this builder
         */
        public Builder counts(Map<String, Integer> counts) {
            this.counts = counts;
            return this;
        }

        /**
         * Sets <code>title</code>.
         *
         * @param title the value, or {@code null} for none
         * @return this builder
         */
        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets <code>created_at</code>.
         *
         * @param createdAt the value, or {@code null} for none
         * @return this builder
         */
        public Builder createdAt(@Nullable BigDecimal createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets <code>updatedAt</code>.
         *
         * @param updatedAt the value, or {@code null} for none
         * @return this builder
         */
        public Builder updatedAt(@Nullable Long updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * Sets <code>sent</code>.
         *
         * @param sent the value, or {@code null} for none
         * @return this builder
         */
        public Builder sent(@Nullable Long sent) {
            this.sent = sent;
            return this;
        }

        /**
         * Sets <code>seen</code>.
         *
         * @param seen the value, or {@code null} for none
         * @return this builder
         */
        public Builder seen(@Nullable OffsetDateTime seen) {
            this.seen = seen;
            return this;
        }

        /**
         * Sets <code>expires</code>.
         *
         * @param expires the value, or {@code null} for none
         * @return this builder
         */
        public Builder expires(@Nullable Long expires) {
            this.expires = expires;
            return this;
        }

        /**
         * Sets <code>size</code>.
         *
         * @param size the value, or {@code null} for none
         * @return this builder
         */
        public Builder size(@Nullable Integer size) {
            this.size = size;
            return this;
        }

        /**
         * Sets <code>notes</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder notesNull() {
            this.notes = null;
            this.additionalProperties.put("notes", null);
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
        public Event build() {
            List<String> missing = new ArrayList<>();
            if (this.labels == null) {
                missing.add("labels");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Event is missing required properties: " + String.join(", ", missing));
            }
            return new Event(
                    ModelSupport.orAbsent(this.labels),
                    ModelSupport.orAbsent(this.notes),
                    ModelSupport.orAbsent(this.counts),
                    this.title,
                    this.createdAt,
                    this.updatedAt,
                    this.sent,
                    this.seen,
                    this.expires,
                    this.size,
                    this.additionalProperties);
        }
    }
}
