// Source: objects.yaml#/components/schemas/Contact
package dev.specgen.models.objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Contact
 *
 * <p>A person the team talks to.
 *
 * <p>Second paragraph of the description.
 *
 * <p>Example:
 * <pre>
 * {
 *   "id": "crd_123",
 *   "name": "Leela Turanga",
 *   "tags": [
 *     "vip"
 *   ]
 * }
 * </pre>
 *
 * @param id Unique identifier, set by the server. Required. Read-only: sent by the server, not by
 *     clients. Example: <code>"crd_123"</code>.
 * @param name Full name. Required.
 * @param nickname What friends call them, or null.
 * @param createdBy Required but nullable, so a builder accepts it unset.
 * @param tags the <code>tags</code> property. Required.
 * @param address An inline object becomes a record of its own.
 * @param emails the <code>emails</code> property.
 * @param legacyId Use id. Deprecated.
 * @param score the <code>score</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls({"nickname", "createdBy"})
@SuppressWarnings("deprecation")
public record Contact(@JsonProperty("id") @Nullable String id,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("nickname") @Nullable String nickname,
        @JsonProperty("createdBy") @Nullable String createdBy,
        @JsonProperty("tags") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<String> tags,
        @JsonProperty("address") @Nullable ContactAddress address,
        @JsonProperty("emails") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<Email> emails,
        @JsonProperty("legacyId") @Nullable Integer legacyId,
        @JsonProperty("score") @Nullable BigDecimal score,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param nickname see {@link #nickname()}
     * @param createdBy see {@link #createdBy()}
     * @param tags see {@link #tags()}
     * @param address see {@link #address()}
     * @param emails see {@link #emails()}
     * @param legacyId see {@link #legacyId()}
     * @param score see {@link #score()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Contact {
        tags = ModelSupport.copy(tags);
        emails = ModelSupport.copy(emails);
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
     * Returns <code>legacyId</code>.
     *
     * @return the value, or {@code null} when absent
     * @deprecated the API marks this property as deprecated
     */
    @Deprecated
    public @Nullable Integer legacyId() {
        return legacyId;
    }

    /**
     * Builds a {@link Contact}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String id;

        private @Nullable String name;

        private @Nullable String nickname;

        private @Nullable String createdBy;

        private @Nullable List<String> tags;

        private @Nullable ContactAddress address;

        private @Nullable List<Email> emails;

        private @Nullable Integer legacyId;

        private @Nullable BigDecimal score;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Contact source) {
            this.id = source.id();
            this.name = source.name();
            this.nickname = source.nickname();
            this.createdBy = source.createdBy();
            this.tags = ModelSupport.setOrNull(source.tags());
            this.address = source.address();
            this.emails = ModelSupport.setOrNull(source.emails());
            this.legacyId = source.legacyId();
            this.score = source.score();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>id</code>.
         *
         * @param id the value, or {@code null} for none
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>name</code>.
         *
         * @param name the value, or {@code null} for none
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets <code>nickname</code>.
         *
         * @param nickname the value, or {@code null} for none
         * @return this builder
         */
        public Builder nickname(@Nullable String nickname) {
            this.nickname = nickname;
            this.additionalProperties.remove("nickname");
            return this;
        }

        /**
         * Sets <code>createdBy</code>.
         *
         * @param createdBy the value, or {@code null} for none
         * @return this builder
         */
        public Builder createdBy(@Nullable String createdBy) {
            this.createdBy = createdBy;
            this.additionalProperties.remove("createdBy");
            return this;
        }

        /**
         * Sets <code>tags</code>.
         *
         * @param tags the value; an empty one is written as empty
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets <code>address</code>.
         *
         * @param address the value, or {@code null} for none
         * @return this builder
         */
        public Builder address(@Nullable ContactAddress address) {
            this.address = address;
            return this;
        }

        /**
         * Sets <code>emails</code>.
         *
         * @param emails the value; an empty one is written as empty
         * @return this builder
         */
        public Builder emails(List<Email> emails) {
            this.emails = emails;
            return this;
        }

        /**
         * Sets <code>legacyId</code>.
         *
         * @param legacyId the value, or {@code null} for none
         * @return this builder
         * @deprecated the API marks this property as deprecated
         */
        @Deprecated
        public Builder legacyId(@Nullable Integer legacyId) {
            this.legacyId = legacyId;
            return this;
        }

        /**
         * Sets <code>score</code>.
         *
         * @param score the value, or {@code null} for none
         * @return this builder
         */
        public Builder score(@Nullable BigDecimal score) {
            this.score = score;
            return this;
        }

        /**
         * Sets <code>nickname</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder nicknameNull() {
            this.nickname = null;
            this.additionalProperties.put("nickname", null);
            return this;
        }

        /**
         * Sets <code>createdBy</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder createdByNull() {
            this.createdBy = null;
            this.additionalProperties.put("createdBy", null);
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
         * @throws IllegalStateException naming every required property that is not set
         */
        public Contact build() {
            List<String> missing = new ArrayList<>();
            if (this.name == null) {
                missing.add("name");
            }
            if (this.tags == null) {
                missing.add("tags");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Contact is missing required properties: " + String.join(", ", missing));
            }
            return new Contact(
                    this.id,
                    this.name,
                    this.nickname,
                    this.createdBy,
                    ModelSupport.orAbsent(this.tags),
                    this.address,
                    ModelSupport.orAbsent(this.emails),
                    this.legacyId,
                    this.score,
                    this.additionalProperties);
        }
    }
}
