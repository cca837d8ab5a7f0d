// Source: chatwoot-compatible.yaml#/components/schemas/UserAccount
package dev.specgen.flagship.chatwoot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An account a user belongs to.
 *
 * @param id ID of the account.
 * @param name Name of the account.
 * @param role Role of a user in an account.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAccount(@JsonProperty("id") @Nullable BigDecimal id,
        @JsonProperty("name") @Nullable String name, @JsonProperty("role") @Nullable UserRole role,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param role see {@link #role()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public UserAccount {
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
     * Builds a {@link UserAccount}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable BigDecimal id;

        private @Nullable String name;

        private @Nullable UserRole role;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(UserAccount source) {
            this.id = source.id();
            this.name = source.name();
            this.role = source.role();
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
        public UserAccount build() {
            return new UserAccount(
                    this.id,
                    this.name,
                    this.role,
                    this.additionalProperties);
        }
    }
}
