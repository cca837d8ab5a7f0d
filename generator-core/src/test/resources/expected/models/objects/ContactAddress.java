// Source: objects.yaml#/components/schemas/Contact/properties/address
package dev.specgen.models.objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An inline object becomes a record of its own.
 *
 * @param city the <code>city</code> property. Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactAddress(@JsonProperty("city") @Nullable String city,
        @JsonProperty("lines") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> lines,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ContactAddress {
        lines = ModelSupport.copy(lines);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().city(city).additionalProperties(additionalProperties);
        builder.lines = ModelSupport.setOrNull(lines);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String city;
        private @Nullable List<String> lines;

        private Builder() {}

        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        public Builder lines(List<String> lines) {
            this.lines = lines;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public ContactAddress build() {
            ModelSupport.requireSet("ContactAddress", "city", this.city);
            return new ContactAddress(this.city, ModelSupport.orAbsent(this.lines),
                    this.additionalProperties);
        }
    }
}
