// Source: front.yaml#/components/schemas/ConversationPage
package dev.specgen.flagship.front;

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
 * One page of conversations. Follow <code>_pagination.next</code> until it is null to get the
 * following pages.
 *
 * @param pagination Pagination information of a list response. JSON name <code>_pagination</code>.
 * @param links Links of a resource or list. JSON name <code>_links</code>.
 * @param results The conversations of this page, newest first. JSON name <code>_results</code>.
 *     Required.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationPage(@JsonProperty("_pagination") @Nullable Pagination pagination,
        @JsonProperty("_links") @Nullable SelfLinks links,
        @JsonProperty("_results") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Conversation> results,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ConversationPage {
        results = ModelSupport.copy(results);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().pagination(pagination).links(links)
                .additionalProperties(additionalProperties);
        builder.results = ModelSupport.setOrNull(results);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Pagination pagination;
        private @Nullable SelfLinks links;
        private @Nullable List<Conversation> results;

        private Builder() {}

        public Builder pagination(@Nullable Pagination pagination) {
            this.pagination = pagination;
            return this;
        }

        public Builder links(@Nullable SelfLinks links) {
            this.links = links;
            return this;
        }

        public Builder results(List<Conversation> results) {
            this.results = results;
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public ConversationPage build() {
            ModelSupport.requireSet("ConversationPage", "results", this.results);
            return new ConversationPage(this.pagination, this.links,
                    ModelSupport.orAbsent(this.results), this.additionalProperties);
        }
    }
}
