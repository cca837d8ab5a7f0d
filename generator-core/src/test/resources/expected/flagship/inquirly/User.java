// Source: chatwoot-compatible.yaml#/components/schemas/User
package dev.specgen.flagship.inquirly;

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
 * An agent or administrator (user) of the account; here the conversation's assignee.
 *
 * @param id ID of the user.
 * @param uid Unique login identifier of the user.
 * @param name Name of the user.
 * @param availableName Name shown to contacts. JSON name <code>available_name</code>.
 * @param displayName Display name of the user, if set. JSON name <code>display_name</code>.
 * @param email Email address of the user.
 * @param accountId ID of the account the user is seen from. JSON name <code>account_id</code>.
 * @param role Role of a user in an account.
 * @param confirmed Whether the user has confirmed their email address.
 * @param customAttributes Available for users who are created through platform APIs and has custom
 *     attributes associated. JSON name <code>custom_attributes</code>.
 * @param accounts The accounts the user belongs to, with their role in each.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
@ExplicitNulls("display_name")
public record User(@JsonProperty("id") @Nullable BigDecimal id,
        @JsonProperty("uid") @Nullable String uid, @JsonProperty("name") @Nullable String name,
        @JsonProperty("available_name") @Nullable String availableName,
        @JsonProperty("display_name") @Nullable String displayName,
        @JsonProperty("email") @Nullable String email,
        @JsonProperty("account_id") @Nullable BigDecimal accountId,
        @JsonProperty("role") @Nullable UserRole role,
        @JsonProperty("confirmed") @Nullable Boolean confirmed,
        @JsonProperty("custom_attributes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class, content = JsonInclude.Include.ALWAYS) Map<String, Object> customAttributes,
        @JsonProperty("accounts") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class) List<UserAccount> accounts,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public User {
        customAttributes = ModelSupport.copy(customAttributes);
        accounts = ModelSupport.copy(accounts);
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().id(id).uid(uid).name(name).availableName(availableName)
                .displayName(displayName).email(email).accountId(accountId).role(role)
                .confirmed(confirmed).additionalProperties(additionalProperties);
        builder.customAttributes = ModelSupport.setOrNull(customAttributes);
        builder.accounts = ModelSupport.setOrNull(accounts);
        return builder;
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable BigDecimal id;
        private @Nullable String uid;
        private @Nullable String name;
        private @Nullable String availableName;
        private @Nullable String displayName;
        private @Nullable String email;
        private @Nullable BigDecimal accountId;
        private @Nullable UserRole role;
        private @Nullable Boolean confirmed;
        private @Nullable Map<String, Object> customAttributes;
        private @Nullable List<UserAccount> accounts;

        private Builder() {}

        public Builder id(@Nullable BigDecimal id) {
            this.id = id;
            return this;
        }

        public Builder uid(@Nullable String uid) {
            this.uid = uid;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder availableName(@Nullable String availableName) {
            this.availableName = availableName;
            return this;
        }

        public Builder displayName(@Nullable String displayName) {
            this.displayName = displayName;
            this.additionalProperties.remove("display_name");
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder accountId(@Nullable BigDecimal accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder role(@Nullable UserRole role) {
            this.role = role;
            return this;
        }

        public Builder confirmed(@Nullable Boolean confirmed) {
            this.confirmed = confirmed;
            return this;
        }

        public Builder customAttributes(Map<String, Object> customAttributes) {
            this.customAttributes = customAttributes;
            return this;
        }

        public Builder accounts(List<UserAccount> accounts) {
            this.accounts = accounts;
            return this;
        }

        /**
         * Sets <code>display_name</code> to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.
         */
        public Builder displayNameNull() {
            this.displayName = null;
            this.additionalProperties.put("display_name", null);
            return this;
        }

        public User build() {
            return new User(this.id, this.uid, this.name, this.availableName, this.displayName,
                    this.email, this.accountId, this.role, this.confirmed,
                    ModelSupport.orAbsent(this.customAttributes),
                    ModelSupport.orAbsent(this.accounts), this.additionalProperties);
        }
    }
}
