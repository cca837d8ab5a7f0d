// Source: front.yaml#/components/schemas/Pagination
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
 * Pagination information of a list response.
 *
 * @param next Full URL of the next page, or null on the last page.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("next")
public record Pagination(@JsonProperty("next") @Nullable String next,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Pagination {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().next(next).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String next;

        private Builder() {}

        public Builder next(@Nullable String next) {
            this.next = next;
            this.additionalProperties.remove("next");
            return this;
        }

        /**
         * Sets <code>next</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder nextNull() {
            this.next = null;
            this.additionalProperties.put("next", null);
            return this;
        }

        public Pagination build() {
            return new Pagination(this.next, this.additionalProperties);
        }
    }
}
