// Source: additional-properties.yaml#/components/schemas/Catalog
package dev.specgen.models.additionalproperties;

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
 * @param labels A map with no declared properties is a plain map where it is used.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Catalog(
        @JsonProperty("labels") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, String> labels,
        @JsonProperty("entries") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Entry> entries,
        @JsonProperty("open") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> open,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Catalog {
        labels = ModelSupport.copy(labels);
        entries = ModelSupport.copy(entries);
        open = ModelSupport.copy(open);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().additionalProperties(additionalProperties);
        builder.labels = ModelSupport.setOrNull(labels);
        builder.entries = ModelSupport.setOrNull(entries);
        builder.open = ModelSupport.setOrNull(open);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Map<String, String> labels;
        private @Nullable Map<String, Entry> entries;
        private @Nullable Map<String, Object> open;

        private Builder() {}

        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder entries(Map<String, Entry> entries) {
            this.entries = entries;
            return this;
        }

        public Builder open(Map<String, Object> open) {
            this.open = open;
            return this;
        }

        public Catalog build() {
            return new Catalog(ModelSupport.orAbsent(this.labels),
                    ModelSupport.orAbsent(this.entries), ModelSupport.orAbsent(this.open),
                    this.additionalProperties);
        }
    }
}
