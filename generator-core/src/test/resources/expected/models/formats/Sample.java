// Source: formats.yaml#/components/schemas/Sample
package dev.specgen.models.formats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

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
    public Sample {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().text(text).email(email).when(when).day(day).id(id).data(data)
                .small(small).plain(plain).big(big).ratio(ratio).precise(precise).amount(amount)
                .flag(flag).additionalProperties(additionalProperties);
    }

    /**
     * <code>when</code> as an {@link Instant}.
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

    public static final class Builder extends ModelBuilder<Builder, Object> {
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

        private Builder() {}

        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder when(@Nullable OffsetDateTime when) {
            this.when = when;
            return this;
        }

        public Builder day(@Nullable LocalDate day) {
            this.day = day;
            return this;
        }

        public Builder id(@Nullable UUID id) {
            this.id = id;
            return this;
        }

        public Builder data(byte @Nullable [] data) {
            this.data = data;
            return this;
        }

        public Builder small(@Nullable Integer small) {
            this.small = small;
            return this;
        }

        public Builder plain(@Nullable Integer plain) {
            this.plain = plain;
            return this;
        }

        public Builder big(@Nullable Long big) {
            this.big = big;
            return this;
        }

        public Builder ratio(@Nullable Float ratio) {
            this.ratio = ratio;
            return this;
        }

        public Builder precise(@Nullable Double precise) {
            this.precise = precise;
            return this;
        }

        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Builder flag(@Nullable Boolean flag) {
            this.flag = flag;
            return this;
        }

        public Sample build() {
            return new Sample(this.text, this.email, this.when, this.day, this.id, this.data,
                    this.small, this.plain, this.big, this.ratio, this.precise, this.amount,
                    this.flag, this.additionalProperties);
        }
    }
}
