// Source: front.yaml#/components/schemas/MessageLinks
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
 * Links of a message.
 *
 * @param self URL of the message.
 * @param related URLs of the message's related resources.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageLinks(@JsonProperty("self") @Nullable String self,
        @JsonProperty("related") @Nullable MessageLinksRelated related,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public MessageLinks {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().self(self).related(related).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String self;
        private @Nullable MessageLinksRelated related;

        private Builder() {}

        public Builder self(@Nullable String self) {
            this.self = self;
            return this;
        }

        public Builder related(@Nullable MessageLinksRelated related) {
            this.related = related;
            return this;
        }

        public MessageLinks build() {
            return new MessageLinks(this.self, this.related, this.additionalProperties);
        }
    }
}
