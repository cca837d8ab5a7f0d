// Source: free-form.yaml#/components/schemas/Event
package dev.specgen.models.freeform;

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
 * @param attributes Any JSON object.
 * @param payload Any JSON value at all.
 * @param items An array of anything.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("payload")
public record Event(
        @JsonProperty("attributes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> attributes,
        @JsonProperty("payload") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Object payload,
        @JsonProperty("items") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<Object> items,
        @JsonProperty("matrix") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) List<List<Map<String, Object>>> matrix,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Event {
        attributes = ModelSupport.copy(attributes);
        items = ModelSupport.copy(items);
        matrix = ModelSupport.copy(matrix);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().payload(payload).additionalProperties(additionalProperties);
        builder.attributes = ModelSupport.setOrNull(attributes);
        builder.items = ModelSupport.setOrNull(items);
        builder.matrix = ModelSupport.setOrNull(matrix);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Map<String, Object> attributes;
        private @Nullable Object payload;
        private @Nullable List<Object> items;
        private @Nullable List<List<Map<String, Object>>> matrix;

        private Builder() {}

        public Builder attributes(Map<String, Object> attributes) {
            this.attributes = attributes;
            return this;
        }

        public Builder payload(@Nullable Object payload) {
            this.payload = payload;
            this.additionalProperties.remove("payload");
            return this;
        }

        public Builder items(List<Object> items) {
            this.items = items;
            return this;
        }

        public Builder matrix(List<List<Map<String, Object>>> matrix) {
            this.matrix = matrix;
            return this;
        }

        /**
         * Sets <code>payload</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder payloadNull() {
            this.payload = null;
            this.additionalProperties.put("payload", null);
            return this;
        }

        public Event build() {
            return new Event(ModelSupport.orAbsent(this.attributes), this.payload,
                    ModelSupport.orAbsent(this.items), ModelSupport.orAbsent(this.matrix),
                    this.additionalProperties);
        }
    }
}
