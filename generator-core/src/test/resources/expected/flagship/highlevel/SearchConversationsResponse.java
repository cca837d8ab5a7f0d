// Source: highlevel.yaml#/components/schemas/SearchConversationsResponse
package dev.specgen.flagship.highlevel;

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
 * The conversations matching the search, one page at a time.
 *
 * @param conversations The list of all conversations found for the given query Required.
 * @param total Total Number of results found for the given query Required. Example:
 *     <code>100</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchConversationsResponse(
        @JsonProperty("conversations") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Conversation> conversations,
        @JsonProperty("total") @Nullable Integer total,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public SearchConversationsResponse {
        conversations = ModelSupport.copy(conversations);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().total(total).additionalProperties(additionalProperties);
        builder.conversations = ModelSupport.setOrNull(conversations);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable List<Conversation> conversations;
        private @Nullable Integer total;

        private Builder() {}

        public Builder conversations(List<Conversation> conversations) {
            this.conversations = conversations;
            return this;
        }

        public Builder total(@Nullable Integer total) {
            this.total = total;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public SearchConversationsResponse build() {
            ModelSupport.requireSet("SearchConversationsResponse", "conversations",
                    this.conversations, "total", this.total);
            return new SearchConversationsResponse(ModelSupport.orAbsent(this.conversations),
                    this.total, this.additionalProperties);
        }
    }
}
