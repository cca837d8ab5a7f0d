// Source: front.yaml#/components/schemas/ConversationQuery
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
 * Front's search query object <code>q</code>, sent as a deep object
 * (<code>q[statuses]=assigned&amp;q[statuses]=archived</code>). Give <code>statuses</code>; if
 * ticketing is enabled, give either <code>status_categories</code> or <code>status_ids</code> as an
 * alternative.
 *
 * <p>Example:
 * <pre>
 * {
 *   "statuses": [
 *     "assigned",
 *     "archived"
 *   ]
 * }
 * </pre>
 *
 * @param statuses List of the statuses of the conversations you want to list. Can be
 *     <code>assigned</code>, <code>unassigned</code>, <code>archived</code> or <code>trashed</code>
 *     (also spelled <code>deleted</code>).
 * @param statusCategories Ticketing only - list of status categories (<code>open</code>,
 *     <code>waiting</code>, <code>resolved</code>). JSON name <code>status_categories</code>.
 * @param statusIds Ticketing only - list of ticket status IDs. JSON name <code>status_ids</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationQuery(
        @JsonProperty("statuses") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<ConversationStatus> statuses,
        @JsonProperty("status_categories") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<StatusCategory> statusCategories,
        @JsonProperty("status_ids") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> statusIds,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public ConversationQuery {
        statuses = ModelSupport.copy(statuses);
        statusCategories = ModelSupport.copy(statusCategories);
        statusIds = ModelSupport.copy(statusIds);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().additionalProperties(additionalProperties);
        builder.statuses = ModelSupport.setOrNull(statuses);
        builder.statusCategories = ModelSupport.setOrNull(statusCategories);
        builder.statusIds = ModelSupport.setOrNull(statusIds);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable List<ConversationStatus> statuses;
        private @Nullable List<StatusCategory> statusCategories;
        private @Nullable List<String> statusIds;

        private Builder() {}

        public Builder statuses(List<ConversationStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder statusCategories(List<StatusCategory> statusCategories) {
            this.statusCategories = statusCategories;
            return this;
        }

        public Builder statusIds(List<String> statusIds) {
            this.statusIds = statusIds;
            return this;
        }

        public ConversationQuery build() {
            return new ConversationQuery(ModelSupport.orAbsent(this.statuses),
                    ModelSupport.orAbsent(this.statusCategories),
                    ModelSupport.orAbsent(this.statusIds), this.additionalProperties);
        }
    }
}
