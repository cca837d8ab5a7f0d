// Source: objects.yaml#/components/schemas/Contact
package dev.specgen.models.objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
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
 * @param legacyId Use id. Deprecated.
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
    public Contact {
        tags = ModelSupport.copy(tags);
        emails = ModelSupport.copy(emails);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().id(id).name(name).nickname(nickname).createdBy(createdBy)
                .address(address).legacyId(legacyId).score(score)
                .additionalProperties(additionalProperties);
        builder.tags = ModelSupport.setOrNull(tags);
        builder.emails = ModelSupport.setOrNull(emails);
        return builder;
    }

    @Deprecated
    public @Nullable Integer legacyId() {
        return legacyId;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String nickname;
        private @Nullable String createdBy;
        private @Nullable List<String> tags;
        private @Nullable ContactAddress address;
        private @Nullable List<Email> emails;
        private @Nullable Integer legacyId;
        private @Nullable BigDecimal score;

        private Builder() {}

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder nickname(@Nullable String nickname) {
            this.nickname = nickname;
            this.additionalProperties.remove("nickname");
            return this;
        }

        public Builder createdBy(@Nullable String createdBy) {
            this.createdBy = createdBy;
            this.additionalProperties.remove("createdBy");
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder address(@Nullable ContactAddress address) {
            this.address = address;
            return this;
        }

        public Builder emails(List<Email> emails) {
            this.emails = emails;
            return this;
        }

        @Deprecated
        public Builder legacyId(@Nullable Integer legacyId) {
            this.legacyId = legacyId;
            return this;
        }

        public Builder score(@Nullable BigDecimal score) {
            this.score = score;
            return this;
        }

        /**
         * Sets <code>nickname</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder nicknameNull() {
            this.nickname = null;
            this.additionalProperties.put("nickname", null);
            return this;
        }

        /**
         * Sets <code>createdBy</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder createdByNull() {
            this.createdBy = null;
            this.additionalProperties.put("createdBy", null);
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public Contact build() {
            ModelSupport.requireSet("Contact", "name", this.name, "tags", this.tags);
            return new Contact(this.id, this.name, this.nickname, this.createdBy,
                    ModelSupport.orAbsent(this.tags), this.address,
                    ModelSupport.orAbsent(this.emails), this.legacyId, this.score,
                    this.additionalProperties);
        }
    }
}
