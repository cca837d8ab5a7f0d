// Source: chatwoot-compatible.yaml#/components/schemas/User
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ExplicitNulls;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
 * @param additionalProperties the properties the spec does not declare, written back as read
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
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param id see {@link #id()}
     * @param uid see {@link #uid()}
     * @param name see {@link #name()}
     * @param availableName see {@link #availableName()}
     * @param displayName see {@link #displayName()}
     * @param email see {@link #email()}
     * @param accountId see {@link #accountId()}
     * @param role see {@link #role()}
     * @param confirmed see {@link #confirmed()}
     * @param customAttributes see {@link #customAttributes()}
     * @param accounts see {@link #accounts()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public User {
        customAttributes = ModelSupport.copy(customAttributes);
        accounts = ModelSupport.copy(accounts);
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
     * Builds a {@link User}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
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

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(User source) {
            this.id = source.id();
            this.uid = source.uid();
            this.name = source.name();
            this.availableName = source.availableName();
            this.displayName = source.displayName();
            this.email = source.email();
            this.accountId = source.accountId();
            this.role = source.role();
            this.confirmed = source.confirmed();
            this.customAttributes = ModelSupport.setOrNull(source.customAttributes());
            this.accounts = ModelSupport.setOrNull(source.accounts());
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>id</code>.
         *
         * @param id the value, or {@code null} for none
         * @return this builder
         */
        public Builder id(@Nullable BigDecimal id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>uid</code>.
         *
         * @param uid the value, or {@code null} for none
         * @return this builder
         */
        public Builder uid(@Nullable String uid) {
            this.uid = uid;
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
         * Sets <code>available_name</code>.
         *
         * @param availableName the value, or {@code null} for none
         * @return this builder
         */
        public Builder availableName(@Nullable String availableName) {
            this.availableName = availableName;
            return this;
        }

        /**
         * Sets <code>display_name</code>.
         *
         * @param displayName the value, or {@code null} for none
         * @return this builder
         */
        public Builder displayName(@Nullable String displayName) {
            this.displayName = displayName;
            this.additionalProperties.remove("display_name");
            return this;
        }

        /**
         * Sets <code>email</code>.
         *
         * @param email the value, or {@code null} for none
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets <code>account_id</code>.
         *
         * @param accountId the value, or {@code null} for none
         * @return this builder
         */
        public Builder accountId(@Nullable BigDecimal accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Sets <code>role</code>.
         *
         * @param role the value, or {@code null} for none
         * @return this builder
         */
        public Builder role(@Nullable UserRole role) {
            this.role = role;
            return this;
        }

        /**
         * Sets <code>confirmed</code>.
         *
         * @param confirmed the value, or {@code null} for none
         * @return this builder
         */
        public Builder confirmed(@Nullable Boolean confirmed) {
            this.confirmed = confirmed;
            return this;
        }

        /**
         * Sets <code>custom_attributes</code>.
         *
         * @param customAttributes the value; an empty one is written as empty
         * @return this builder
         */
        public Builder customAttributes(Map<String, Object> customAttributes) {
            this.customAttributes = customAttributes;
            return this;
        }

        /**
         * Sets <code>accounts</code>.
         *
         * @param accounts the value; an empty one is written as empty
         * @return this builder
         */
        public Builder accounts(List<UserAccount> accounts) {
            this.accounts = accounts;
            return this;
        }

        /**
         * Sets <code>display_name</code> to an explicit JSON {@code null}, which is written (unlike a value never set);
         * in a PATCH or merge-patch body it clears the field.
         *
         * @return this builder
         */
        public Builder displayNameNull() {
            this.displayName = null;
            this.additionalProperties.put("display_name", null);
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
        public User build() {
            return new User(
                    this.id,
                    this.uid,
                    this.name,
                    this.availableName,
                    this.displayName,
                    this.email,
                    this.accountId,
                    this.role,
                    this.confirmed,
                    ModelSupport.orAbsent(this.customAttributes),
                    ModelSupport.orAbsent(this.accounts),
                    this.additionalProperties);
        }
    }
}
