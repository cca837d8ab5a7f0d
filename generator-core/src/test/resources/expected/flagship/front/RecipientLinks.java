// Source: front.yaml#/components/schemas/RecipientLinks
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
 * Links of a recipient.
 *
 * @param related URLs of the recipient's related resources.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecipientLinks(@JsonProperty("related") @Nullable RecipientLinksRelated related,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public RecipientLinks {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().related(related).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable RecipientLinksRelated related;

        private Builder() {}

        public Builder related(@Nullable RecipientLinksRelated related) {
            this.related = related;
            return this;
        }

        public RecipientLinks build() {
            return new RecipientLinks(this.related, this.additionalProperties);
        }
    }
}
