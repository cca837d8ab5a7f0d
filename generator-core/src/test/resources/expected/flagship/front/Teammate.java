// Source: front.yaml#/components/schemas/Teammate
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A Front user (teammate) of the company.
 *
 * @param links Links of a teammate. JSON name <code>_links</code>.
 * @param id Unique identifier of the teammate. Example: <code>"tea_55c8c149"</code>.
 * @param email Email address of the teammate.
 * @param username Username of the teammate (used for &quot;&#64;&quot; mentions).
 * @param firstName First name of the teammate. JSON name <code>first_name</code>.
 * @param lastName Last name of the teammate. JSON name <code>last_name</code>.
 * @param isAdmin Whether the teammate is an admin of the company. JSON name <code>is_admin</code>.
 * @param isAvailable Whether the teammate is available. JSON name <code>is_available</code>.
 * @param isBlocked Whether the teammate's account is blocked. JSON name <code>is_blocked</code>.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Teammate(@JsonProperty("_links") @Nullable TeammateLinks links,
        @JsonProperty("id") @Nullable String id, @JsonProperty("email") @Nullable String email,
        @JsonProperty("username") @Nullable String username,
        @JsonProperty("first_name") @Nullable String firstName,
        @JsonProperty("last_name") @Nullable String lastName,
        @JsonProperty("is_admin") @Nullable Boolean isAdmin,
        @JsonProperty("is_available") @Nullable Boolean isAvailable,
        @JsonProperty("is_blocked") @Nullable Boolean isBlocked,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Teammate {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().links(links).id(id).email(email).username(username)
                .firstName(firstName).lastName(lastName).isAdmin(isAdmin).isAvailable(isAvailable)
                .isBlocked(isBlocked).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable TeammateLinks links;
        private @Nullable String id;
        private @Nullable String email;
        private @Nullable String username;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private @Nullable Boolean isAdmin;
        private @Nullable Boolean isAvailable;
        private @Nullable Boolean isBlocked;

        private Builder() {}

        public Builder links(@Nullable TeammateLinks links) {
            this.links = links;
            return this;
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder username(@Nullable String username) {
            this.username = username;
            return this;
        }

        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(@Nullable String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder isAdmin(@Nullable Boolean isAdmin) {
            this.isAdmin = isAdmin;
            return this;
        }

        public Builder isAvailable(@Nullable Boolean isAvailable) {
            this.isAvailable = isAvailable;
            return this;
        }

        public Builder isBlocked(@Nullable Boolean isBlocked) {
            this.isBlocked = isBlocked;
            return this;
        }

        public Teammate build() {
            return new Teammate(this.links, this.id, this.email, this.username, this.firstName,
                    this.lastName, this.isAdmin, this.isAvailable, this.isBlocked,
                    this.additionalProperties);
        }
    }
}
