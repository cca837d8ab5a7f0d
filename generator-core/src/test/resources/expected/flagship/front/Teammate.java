// Source: front.yaml#/components/schemas/Teammate
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
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
 * @param additionalProperties the properties the spec does not declare, written back as read
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
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param links see {@link #links()}
     * @param id see {@link #id()}
     * @param email see {@link #email()}
     * @param username see {@link #username()}
     * @param firstName see {@link #firstName()}
     * @param lastName see {@link #lastName()}
     * @param isAdmin see {@link #isAdmin()}
     * @param isAvailable see {@link #isAvailable()}
     * @param isBlocked see {@link #isBlocked()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Teammate {
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
     * Builds a {@link Teammate}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable TeammateLinks links;

        private @Nullable String id;

        private @Nullable String email;

        private @Nullable String username;

        private @Nullable String firstName;

        private @Nullable String lastName;

        private @Nullable Boolean isAdmin;

        private @Nullable Boolean isAvailable;

        private @Nullable Boolean isBlocked;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Teammate source) {
            this.links = source.links();
            this.id = source.id();
            this.email = source.email();
            this.username = source.username();
            this.firstName = source.firstName();
            this.lastName = source.lastName();
            this.isAdmin = source.isAdmin();
            this.isAvailable = source.isAvailable();
            this.isBlocked = source.isBlocked();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>_links</code>.
         *
         * @param links the value, or {@code null} for none
         * @return this builder
         */
        public Builder links(@Nullable TeammateLinks links) {
            this.links = links;
            return this;
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
         * Sets <code>username</code>.
         *
         * @param username the value, or {@code null} for none
         * @return this builder
         */
        public Builder username(@Nullable String username) {
            this.username = username;
            return this;
        }

        /**
         * Sets <code>first_name</code>.
         *
         * @param firstName the value, or {@code null} for none
         * @return this builder
         */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * Sets <code>last_name</code>.
         *
         * @param lastName the value, or {@code null} for none
         * @return this builder
         */
        public Builder lastName(@Nullable String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * Sets <code>is_admin</code>.
         *
         * @param isAdmin the value, or {@code null} for none
         * @return this builder
         */
        public Builder isAdmin(@Nullable Boolean isAdmin) {
            this.isAdmin = isAdmin;
            return this;
        }

        /**
         * Sets <code>is_available</code>.
         *
         * @param isAvailable the value, or {@code null} for none
         * @return this builder
         */
        public Builder isAvailable(@Nullable Boolean isAvailable) {
            this.isAvailable = isAvailable;
            return this;
        }

        /**
         * Sets <code>is_blocked</code>.
         *
         * @param isBlocked the value, or {@code null} for none
         * @return this builder
         */
        public Builder isBlocked(@Nullable Boolean isBlocked) {
            this.isBlocked = isBlocked;
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
        public Teammate build() {
            return new Teammate(
                    this.links,
                    this.id,
                    this.email,
                    this.username,
                    this.firstName,
                    this.lastName,
                    this.isAdmin,
                    this.isAvailable,
                    this.isBlocked,
                    this.additionalProperties);
        }
    }
}
