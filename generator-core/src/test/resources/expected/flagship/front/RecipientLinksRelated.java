// Source: front.yaml#/components/schemas/RecipientLinks/properties/related
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * URLs of the recipient's related resources.
 *
 * @param contact URL of the contact matching the handle, or null when there is none.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("contact")
public record RecipientLinksRelated(@JsonProperty("contact") @Nullable String contact,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public RecipientLinksRelated {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().contact(contact).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String contact;

        private Builder() {}

        public Builder contact(@Nullable String contact) {
            this.contact = contact;
            this.additionalProperties.remove("contact");
            return this;
        }

        /**
         * Sets <code>contact</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder contactNull() {
            this.contact = null;
            this.additionalProperties.put("contact", null);
            return this;
        }

        public RecipientLinksRelated build() {
            return new RecipientLinksRelated(this.contact, this.additionalProperties);
        }
    }
}
