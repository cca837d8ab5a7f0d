// Source: enums.yaml#/components/schemas/Ticket
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param status Status of a conversation.
 * @param type Chatwoot's message types, as integers.
 * @param priority An inline enum, nullable.
 * @param history the <code>history</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("priority")
public record Ticket(@JsonProperty("status") @Nullable ConversationStatus status,
        @JsonProperty("type") @Nullable MessageType type,
        @JsonProperty("priority") @Nullable TicketPriority priority,
        @JsonProperty("history") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<ConversationStatus> history,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param status see {@link #status()}
     * @param type see {@link #type()}
     * @param priority see {@link #priority()}
     * @param history see {@link #history()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Ticket {
        history = ModelSupport.copy(history);
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
     * Builds a {@link Ticket}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable ConversationStatus status;

        private @Nullable MessageType type;

        private @Nullable TicketPriority priority;

        private @Nullable List<ConversationStatus> history;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Ticket source) {
            this.status = source.status();
            this.type = source.type();
            this.priority = source.priority();
            this.history = ModelSupport.setOrNull(source.history());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>status</code>.
         *
         * @param status the value, or {@code null} for none
         * @return this builder
         */
        public Builder status(@Nullable ConversationStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>type</code>.
         *
         * @param type the value, or {@code null} for none
         * @return this builder
         */
        public Builder type(@Nullable MessageType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets <code>priority</code>.
         *
         * @param priority the value, or {@code null} for none
         * @return this builder
         */
        public Builder priority(@Nullable TicketPriority priority) {
            this.priority = priority;
            this.additionalProperties.remove("priority");
            return this;
        }

        /**
         * Sets <code>history</code>.
         *
         * @param history the value; an empty one is written as empty
         * @return this builder
         */
        public Builder history(List<ConversationStatus> history) {
            this.history = history;
            return this;
        }

        /**
         * Sets <code>priority</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder priorityNull() {
            this.priority = null;
            this.additionalProperties.put("priority", null);
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
        public Ticket build() {
            return new Ticket(
                    this.status,
                    this.type,
                    this.priority,
                    ModelSupport.orAbsent(this.history),
                    this.additionalProperties);
        }
    }
}
