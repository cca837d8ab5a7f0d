// Source: chatwoot-compatible.yaml#/components/schemas/UserAccount
package dev.specgen.flagship.chatwoot;

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
 * An account a user belongs to.
 *
 * @param id ID of the account.
 * @param name Name of the account.
 * @param role Role of a user in an account.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAccount(@JsonProperty("id") @Nullable BigDecimal id,
        @JsonProperty("name") @Nullable String name, @JsonProperty("role") @Nullable UserRole role,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public UserAccount {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).name(name).role(role)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable BigDecimal id;
        private @Nullable String name;
        private @Nullable UserRole role;

        private Builder() {}

        public Builder id(@Nullable BigDecimal id) {
            this.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder role(@Nullable UserRole role) {
            this.role = role;
            return this;
        }

        public UserAccount build() {
            return new UserAccount(this.id, this.name, this.role, this.additionalProperties);
        }
    }
}
