// Source: caller-api.yaml#/components/schemas/Event
package dev.specgen.models.callerapi;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param labels the <code>labels</code> property. Required.
 * @param createdAt The time at which the event was created. JSON name <code>created_at</code>.
 * @param sent Milliseconds since the Unix epoch.
 * @param size Not a point in time.
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
    public Event {
        labels = ModelSupport.copy(labels);
        notes = ModelSupport.copy(notes);
        counts = ModelSupport.copy(counts);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().title(title).createdAt(createdAt).updatedAt(updatedAt)
                .sent(sent).seen(seen).expires(expires).size(size)
                .additionalProperties(additionalProperties);
        builder.labels = ModelSupport.setOrNull(labels);
        builder.notes = ModelSupport.setOrNull(notes);
        builder.counts = ModelSupport.setOrNull(counts);
        return builder;
    }

    /**
     * <code>created_at</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant createdAtInstant() {
        return ModelSupport.epochSeconds(createdAt);
    }

    /**
     * <code>updatedAt</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant updatedAtInstant() {
        return ModelSupport.epochSeconds(updatedAt);
    }

    /**
     * <code>sent</code> as an {@link Instant} (the value is milliseconds since the Unix epoch).
     */
    public @Nullable Instant sentInstant() {
        return ModelSupport.epochMillis(sent);
    }

    /**
     * <code>seen</code> as an {@link Instant}.
     */
    public @Nullable Instant seenInstant() {
        return seen == null ? null : seen.toInstant();
    }

    /**
     * <code>expires</code> as an {@link Instant} (the value is seconds since the Unix epoch).
     */
    public @Nullable Instant expiresInstant() {
        return ModelSupport.epochSeconds(expires);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
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

        private Builder() {}

        public Builder labels(List<String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder notes(List<String> notes) {
            this.notes = notes;
            this.additionalProperties.remove("notes");
            return this;
        }

        public Builder counts(Map<String, Integer> counts) {
            this.counts = counts;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder createdAt(@Nullable BigDecimal createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(@Nullable Long updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder sent(@Nullable Long sent) {
            this.sent = sent;
            return this;
        }

        public Builder seen(@Nullable OffsetDateTime seen) {
            this.seen = seen;
            return this;
        }

        public Builder expires(@Nullable Long expires) {
            this.expires = expires;
            return this;
        }

        public Builder size(@Nullable Integer size) {
            this.size = size;
            return this;
        }

        /**
         * Sets <code>notes</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder notesNull() {
            this.notes = null;
            this.additionalProperties.put("notes", null);
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Event build() {
            ModelSupport.requireSet("Event", "labels", this.labels);
            return new Event(ModelSupport.orAbsent(this.labels), ModelSupport.orAbsent(this.notes),
                    ModelSupport.orAbsent(this.counts), this.title, this.createdAt, this.updatedAt,
                    this.sent, this.seen, this.expires, this.size, this.additionalProperties);
        }
    }
}
