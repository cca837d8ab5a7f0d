// Source: front.yaml#/components/schemas/TeammateLinks/properties/related
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
 * URLs of the teammate's related resources.
 *
 * @param inboxes URL of the teammate's inboxes.
 * @param conversations URL of the conversations assigned to the teammate.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeammateLinksRelated(@JsonProperty("inboxes") @Nullable String inboxes,
        @JsonProperty("conversations") @Nullable String conversations,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public TeammateLinksRelated {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().inboxes(inboxes).conversations(conversations)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String inboxes;
        private @Nullable String conversations;

        private Builder() {}

        public Builder inboxes(@Nullable String inboxes) {
            this.inboxes = inboxes;
            return this;
        }

        public Builder conversations(@Nullable String conversations) {
            this.conversations = conversations;
            return this;
        }

        public TeammateLinksRelated build() {
            return new TeammateLinksRelated(this.inboxes, this.conversations,
                    this.additionalProperties);
        }
    }
}
