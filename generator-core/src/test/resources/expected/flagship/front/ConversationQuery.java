// Source: front.yaml#/components/schemas/ConversationQuery
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
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
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationQuery(
        @JsonProperty("statuses") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<ConversationStatus> statuses,
        @JsonProperty("status_categories") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<StatusCategory> statusCategories,
        @JsonProperty("status_ids") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> statusIds,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param statuses see {@link #statuses()}
     * @param statusCategories see {@link #statusCategories()}
     * @param statusIds see {@link #statusIds()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public ConversationQuery {
        statuses = ModelSupport.copy(statuses);
        statusCategories = ModelSupport.copy(statusCategories);
        statusIds = ModelSupport.copy(statusIds);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    /**
     * A builder with no values set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link ConversationQuery}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable List<ConversationStatus> statuses;

        private @Nullable List<StatusCategory> statusCategories;

        private @Nullable List<String> statusIds;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ConversationQuery source) {
            this.statuses = ModelSupport.setOrNull(source.statuses());
            this.statusCategories = ModelSupport.setOrNull(source.statusCategories());
            this.statusIds = ModelSupport.setOrNull(source.statusIds());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>statuses</code>.
         *
         * @param statuses the value; an empty one is written as empty
         * @return this builder
         */
        public Builder statuses(List<ConversationStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        /**
         * Sets <code>status_categories</code>.
         *
         * @param statusCategories the value; an empty one is written as empty
         * @return this builder
         */
        public Builder statusCategories(List<StatusCategory> statusCategories) {
            this.statusCategories = statusCategories;
            return this;
        }

        /**
         * Sets <code>status_ids</code>.
         *
         * @param statusIds the value; an empty one is written as empty
         * @return this builder
         */
        public Builder statusIds(List<String> statusIds) {
            this.statusIds = statusIds;
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         */
        public ConversationQuery build() {
            return new ConversationQuery(
                    ModelSupport.orAbsent(this.statuses),
                    ModelSupport.orAbsent(this.statusCategories),
                    ModelSupport.orAbsent(this.statusIds),
                    this.additionalProperties);
        }
    }
}
