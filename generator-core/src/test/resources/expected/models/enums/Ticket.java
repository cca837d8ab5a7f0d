// Source: enums.yaml#/components/schemas/Ticket
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param status Status of a conversation.
 * @param type Chatwoot's message types, as integers.
 * @param priority An inline enum, nullable.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("priority")
public record Ticket(@JsonProperty("status") @Nullable ConversationStatus status,
        @JsonProperty("type") @Nullable MessageType type,
        @JsonProperty("priority") @Nullable TicketPriority priority,
        @JsonProperty("history") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<ConversationStatus> history,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Ticket {
        history = ModelSupport.copy(history);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().status(status).type(type).priority(priority)
                .additionalProperties(additionalProperties);
        builder.history = ModelSupport.setOrNull(history);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable ConversationStatus status;
        private @Nullable MessageType type;
        private @Nullable TicketPriority priority;
        private @Nullable List<ConversationStatus> history;

        private Builder() {}

        public Builder status(@Nullable ConversationStatus status) {
            this.status = status;
            return this;
        }

        public Builder type(@Nullable MessageType type) {
            this.type = type;
            return this;
        }

        public Builder priority(@Nullable TicketPriority priority) {
            this.priority = priority;
            this.additionalProperties.remove("priority");
            return this;
        }

        public Builder history(List<ConversationStatus> history) {
            this.history = history;
            return this;
        }

        /**
         * Sets <code>priority</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder priorityNull() {
            this.priority = null;
            this.additionalProperties.put("priority", null);
            return this;
        }

        public Ticket build() {
            return new Ticket(this.status, this.type, this.priority,
                    ModelSupport.orAbsent(this.history), this.additionalProperties);
        }
    }
}
