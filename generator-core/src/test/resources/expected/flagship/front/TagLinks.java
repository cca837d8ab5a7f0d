// Source: front.yaml#/components/schemas/TagLinks
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
 * Links of a tag.
 *
 * @param self URL of the tag.
 * @param related URLs of the tag's related resources.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagLinks(@JsonProperty("self") @Nullable String self,
        @JsonProperty("related") @Nullable TagLinksRelated related,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public TagLinks {
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
        private @Nullable TagLinksRelated related;

        private Builder() {}

        public Builder self(@Nullable String self) {
            this.self = self;
            return this;
        }

        public Builder related(@Nullable TagLinksRelated related) {
            this.related = related;
            return this;
        }

        public TagLinks build() {
            return new TagLinks(this.self, this.related, this.additionalProperties);
        }
    }
}
