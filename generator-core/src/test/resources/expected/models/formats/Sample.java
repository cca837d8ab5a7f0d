// Source: formats.yaml#/components/schemas/Sample
package dev.specgen.models.formats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * @param text the <code>text</code> property.
 * @param email the <code>email</code> property.
 * @param when the <code>when</code> property.
 * @param day the <code>day</code> property.
 * @param id the <code>id</code> property.
 * @param data the <code>data</code> property.
 * @param small the <code>small</code> property.
 * @param plain the <code>plain</code> property.
 * @param big the <code>big</code> property.
 * @param ratio the <code>ratio</code> property.
 * @param precise the <code>precise</code> property.
 * @param amount the <code>amount</code> property.
 * @param flag the <code>flag</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sample(@JsonProperty("text") @Nullable String text,
        @JsonProperty("email") @Nullable String email,
        @JsonProperty("when") @Nullable OffsetDateTime when,
        @JsonProperty("day") @Nullable LocalDate day, @JsonProperty("id") @Nullable UUID id,
        @JsonProperty("data") byte @Nullable [] data,
        @JsonProperty("small") @Nullable Integer small,
        @JsonProperty("plain") @Nullable Integer plain, @JsonProperty("big") @Nullable Long big,
        @JsonProperty("ratio") @Nullable Float ratio,
        @JsonProperty("precise") @Nullable Double precise,
        @JsonProperty("amount") @Nullable BigDecimal amount,
        @JsonProperty("flag") @Nullable Boolean flag,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param text see {@link #text()}
     * @param email see {@link #email()}
     * @param when see {@link #when()}
     * @param day see {@link #day()}
     * @param id see {@link #id()}
     * @param data see {@link #data()}
     * @param small see {@link #small()}
     * @param plain see {@link #plain()}
     * @param big see {@link #big()}
     * @param ratio see {@link #ratio()}
     * @param precise see {@link #precise()}
     * @param amount see {@link #amount()}
     * @param flag see {@link #flag()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Sample {
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
     * Returns <code>when</code> as an {@link Instant}.
     *
     * @return the instant, or {@code null} when absent
     */
    public @Nullable Instant whenInstant() {
        return when == null ? null : when.toInstant();
    }

    /**
     * Compares every component; {@code byte[]} components by content.
     */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Sample)) {
            return false;
        }
        Sample that = (Sample) other;
        return Objects.equals(this.text, that.text)
                    && Objects.equals(this.email, that.email)
                    && Objects.equals(this.when, that.when)
                    && Objects.equals(this.day, that.day)
                    && Objects.equals(this.id, that.id)
                    && Arrays.equals(this.data, that.data)
                    && Objects.equals(this.small, that.small)
                    && Objects.equals(this.plain, that.plain)
                    && Objects.equals(this.big, that.big)
                    && Objects.equals(this.ratio, that.ratio)
                    && Objects.equals(this.precise, that.precise)
                    && Objects.equals(this.amount, that.amount)
                    && Objects.equals(this.flag, that.flag)
                    && Objects.equals(this.additionalProperties, that.additionalProperties);
    }

    /**
     * A hash of every component; {@code byte[]} components by content.
     */
    @Override
    public int hashCode() {
        return Objects.hash(this.text, this.email, this.when, this.day, this.id,
                Arrays.hashCode(this.data), this.small, this.plain, this.big, this.ratio,
                this.precise, this.amount, this.flag, this.additionalProperties);
    }

    /**
     * The record's components in the usual record form; {@code byte[]} ones as their bytes.
     */
    @Override
    public String toString() {
        return "Sample[text=" + this.text
                    + ", email=" + this.email
                    + ", when=" + this.when
                    + ", day=" + this.day
                    + ", id=" + this.id
                    + ", data=" + Arrays.toString(this.data)
                    + ", small=" + this.small
                    + ", plain=" + this.plain
                    + ", big=" + this.big
                    + ", ratio=" + this.ratio
                    + ", precise=" + this.precise
                    + ", amount=" + this.amount
                    + ", flag=" + this.flag
                    + ", additionalProperties=" + this.additionalProperties
                    + "]";
    }

    /**
     * Builds a {@link Sample}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String text;

        private @Nullable String email;

        private @Nullable OffsetDateTime when;

        private @Nullable LocalDate day;

        private @Nullable UUID id;

        private byte @Nullable [] data;

        private @Nullable Integer small;

        private @Nullable Integer plain;

        private @Nullable Long big;

        private @Nullable Float ratio;

        private @Nullable Double precise;

        private @Nullable BigDecimal amount;

        private @Nullable Boolean flag;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Sample source) {
            this.text = source.text();
            this.email = source.email();
            this.when = source.when();
            this.day = source.day();
            this.id = source.id();
            this.data = source.data();
            this.small = source.small();
            this.plain = source.plain();
            this.big = source.big();
            this.ratio = source.ratio();
            this.precise = source.precise();
            this.amount = source.amount();
            this.flag = source.flag();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>text</code>.
         *
         * @param text the value, or {@code null} for none
         * @return this builder
         */
        public Builder text(@Nullable String text) {
            this.text = text;
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
         * Sets <code>when</code>.
         *
         * @param when the value, or {@code null} for none
         * @return this builder
         */
        public Builder when(@Nullable OffsetDateTime when) {
            this.when = when;
            return this;
        }

        /**
         * Sets <code>day</code>.
         *
         * @param day the value, or {@code null} for none
         * @return this builder
         */
        public Builder day(@Nullable LocalDate day) {
            this.day = day;
            return this;
        }

        /**
         * Sets <code>id</code>.
         *
         * @param id the value, or {@code null} for none
         * @return this builder
         */
        public Builder id(@Nullable UUID id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>data</code>.
         *
         * @param data the value, or {@code null} for none
         * @return this builder
         */
        public Builder data(byte @Nullable [] data) {
            this.data = data;
            return this;
        }

        /**
         * Sets <code>small</code>.
         *
         * @param small the value, or {@code null} for none
         * @return this builder
         */
        public Builder small(@Nullable Integer small) {
            this.small = small;
            return this;
        }

        /**
         * Sets <code>plain</code>.
         *
         * @param plain the value, or {@code null} for none
         * @return this builder
         */
        public Builder plain(@Nullable Integer plain) {
            this.plain = plain;
            return this;
        }

        /**
         * Sets <code>big</code>.
         *
         * @param big the value, or {@code null} for none
         * @return this builder
         */
        public Builder big(@Nullable Long big) {
            this.big = big;
            return this;
        }

        /**
         * Sets <code>ratio</code>.
         *
         * @param ratio the value, or {@code null} for none
         * @return this builder
         */
        public Builder ratio(@Nullable Float ratio) {
            this.ratio = ratio;
            return this;
        }

        /**
         * Sets <code>precise</code>.
         *
         * @param precise the value, or {@code null} for none
         * @return this builder
         */
        public Builder precise(@Nullable Double precise) {
            this.precise = precise;
            return this;
        }

        /**
         * Sets <code>amount</code>.
         *
         * @param amount the value, or {@code null} for none
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets <code>flag</code>.
         *
         * @param flag the value, or {@code null} for none
         * @return this builder
         */
        public Builder flag(@Nullable Boolean flag) {
            this.flag = flag;
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
        public Sample build() {
            return new Sample(
                    this.text,
                    this.email,
                    this.when,
                    this.day,
                    this.id,
                    this.data,
                    this.small,
                    this.plain,
                    this.big,
                    this.ratio,
                    this.precise,
                    this.amount,
                    this.flag,
                    this.additionalProperties);
        }
    }
}
