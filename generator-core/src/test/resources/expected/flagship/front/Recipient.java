// Source: front.yaml#/components/schemas/Recipient
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A recipient of a message. The conversation's recipient is its main recipient, generally the
 * sender of the last incoming message.
 *
 * @param links Links of a recipient. JSON name <code>_links</code>.
 * @param handle Handle of the recipient (e.g. an email address or a phone number).
 * @param role Role of the recipient in the message.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recipient(@JsonProperty("_links") @Nullable RecipientLinks links,
        @JsonProperty("handle") @Nullable String handle,
        @JsonProperty("role") @Nullable RecipientRole role,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Recipient {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().links(links).handle(handle).role(role)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable RecipientLinks links;
        private @Nullable String handle;
        private @Nullable RecipientRole role;

        private Builder() {}

        public Builder links(@Nullable RecipientLinks links) {
            this.links = links;
            return this;
        }

        public Builder handle(@Nullable String handle) {
            this.handle = handle;
            return this;
        }

        public Builder role(@Nullable RecipientRole role) {
            this.role = role;
            return this;
        }

        public Recipient build() {
            return new Recipient(this.links, this.handle, this.role, this.additionalProperties);
        }
    }
}
