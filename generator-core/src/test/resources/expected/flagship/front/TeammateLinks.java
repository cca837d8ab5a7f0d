// Source: front.yaml#/components/schemas/TeammateLinks
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
 * Links of a teammate.
 *
 * @param self URL of the teammate.
 * @param related URLs of the teammate's related resources.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeammateLinks(@JsonProperty("self") @Nullable String self,
        @JsonProperty("related") @Nullable TeammateLinksRelated related,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public TeammateLinks {
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
        private @Nullable TeammateLinksRelated related;

        private Builder() {}

        public Builder self(@Nullable String self) {
            this.self = self;
            return this;
        }

        public Builder related(@Nullable TeammateLinksRelated related) {
            this.related = related;
            return this;
        }

        public TeammateLinks build() {
            return new TeammateLinks(this.self, this.related, this.additionalProperties);
        }
    }
}
