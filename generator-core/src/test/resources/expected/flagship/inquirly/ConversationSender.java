// Source: chatwoot-compatible.yaml#/components/schemas/ConversationSender
package dev.specgen.flagship.inquirly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The contact who started the conversation.
 *
 * @param id ID of the sender
 * @param name The name of the sender
 * @param thumbnail Avatar URL of the contact
 * @param channel Channel Type
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationSender(@JsonProperty("id") @Nullable BigDecimal id,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("thumbnail") @Nullable String thumbnail,
        @JsonProperty("channel") @Nullable String channel,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ConversationSender {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).name(name).thumbnail(thumbnail).channel(channel)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable BigDecimal id;
        private @Nullable String name;
        private @Nullable String thumbnail;
        private @Nullable String channel;

        private Builder() {}

        public Builder id(@Nullable BigDecimal id) {
            this.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder thumbnail(@Nullable String thumbnail) {
            this.thumbnail = thumbnail;
            return this;
        }

        public Builder channel(@Nullable String channel) {
            this.channel = channel;
            return this;
        }

        public ConversationSender build() {
            return new ConversationSender(this.id, this.name, this.thumbnail, this.channel,
                    this.additionalProperties);
        }
    }
}
