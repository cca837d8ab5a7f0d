// Source: shape-union.yaml#/components/schemas/Value
package dev.specgen.models.shapeunion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specgen.runtime.model.UnionJson;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Told apart by the kind of JSON value, and objects by their required properties.
 *
 * <p>One of: {@link StringValueVariant}, {@link DateTimeValueVariant}, {@link Int64ValueVariant},
 * {@link DecimalValueVariant}, {@link BooleanValueVariant}, {@link ListValueVariant}, {@link
 * CircleVariant}, {@link SquareVariant}. A value no variant reads is kept as {@link Unknown} and
 * written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Value permits Value.StringValueVariant, Value.DateTimeValueVariant, Value.Int64ValueVariant, Value.DecimalValueVariant, Value.BooleanValueVariant, Value.ListValueVariant, Value.CircleVariant, Value.SquareVariant, Value.Unknown {
    /**
     * The variant's value, which is what is written as JSON.
     *
     * @return the value
     */
    @JsonValue
    Object value();

    /**
     * Calls the method of {@code visitor} for the variant this value holds.
     *
     * @param <R> what the visitor returns
     * @param visitor the code to run per variant
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * A {@code Value} holding the variant {@code StringValue}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofStringValue(String value) {
        Objects.requireNonNull(value, "value");
        return new StringValueVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code DateTimeValue}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofDateTimeValue(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        return new DateTimeValueVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code Int64Value}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofInt64Value(Long value) {
        Objects.requireNonNull(value, "value");
        return new Int64ValueVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code DecimalValue}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofDecimalValue(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new DecimalValueVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code BooleanValue}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofBooleanValue(Boolean value) {
        Objects.requireNonNull(value, "value");
        return new BooleanValueVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code ListValue}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofListValue(List<String> value) {
        Objects.requireNonNull(value, "value");
        return new ListValueVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code Circle}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofCircle(Circle value) {
        Objects.requireNonNull(value, "value");
        return new CircleVariant(value);
    }

    /**
     * A {@code Value} holding the variant {@code Square}.
     *
     * @param value the value
     * @return the union value
     */
    static Value ofSquare(Square value) {
        Objects.requireNonNull(value, "value");
        return new SquareVariant(value);
    }

    /**
     * Whether this value holds the variant {@code StringValue}.
     *
     * @return {@code true} if it does
     */
    default boolean isStringValue() {
        return this instanceof StringValueVariant;
    }

    /**
     * The value of the variant {@code StringValue}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default String asStringValue() {
        if (this instanceof StringValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not StringValue");
    }

    /**
     * Whether this value holds the variant {@code DateTimeValue}.
     *
     * @return {@code true} if it does
     */
    default boolean isDateTimeValue() {
        return this instanceof DateTimeValueVariant;
    }

    /**
     * The value of the variant {@code DateTimeValue}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default OffsetDateTime asDateTimeValue() {
        if (this instanceof DateTimeValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not DateTimeValue");
    }

    /**
     * Whether this value holds the variant {@code Int64Value}.
     *
     * @return {@code true} if it does
     */
    default boolean isInt64Value() {
        return this instanceof Int64ValueVariant;
    }

    /**
     * The value of the variant {@code Int64Value}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Long asInt64Value() {
        if (this instanceof Int64ValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not Int64Value");
    }

    /**
     * Whether this value holds the variant {@code DecimalValue}.
     *
     * @return {@code true} if it does
     */
    default boolean isDecimalValue() {
        return this instanceof DecimalValueVariant;
    }

    /**
     * The value of the variant {@code DecimalValue}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default BigDecimal asDecimalValue() {
        if (this instanceof DecimalValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not DecimalValue");
    }

    /**
     * Whether this value holds the variant {@code BooleanValue}.
     *
     * @return {@code true} if it does
     */
    default boolean isBooleanValue() {
        return this instanceof BooleanValueVariant;
    }

    /**
     * The value of the variant {@code BooleanValue}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Boolean asBooleanValue() {
        if (this instanceof BooleanValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not BooleanValue");
    }

    /**
     * Whether this value holds the variant {@code ListValue}.
     *
     * @return {@code true} if it does
     */
    default boolean isListValue() {
        return this instanceof ListValueVariant;
    }

    /**
     * The value of the variant {@code ListValue}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default List<String> asListValue() {
        if (this instanceof ListValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not ListValue");
    }

    /**
     * Whether this value holds the variant {@code Circle}.
     *
     * @return {@code true} if it does
     */
    default boolean isCircle() {
        return this instanceof CircleVariant;
    }

    /**
     * The value of the variant {@code Circle}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Circle asCircle() {
        if (this instanceof CircleVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not Circle");
    }

    /**
     * Whether this value holds the variant {@code Square}.
     *
     * @return {@code true} if it does
     */
    default boolean isSquare() {
        return this instanceof SquareVariant;
    }

    /**
     * The value of the variant {@code Square}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Square asSquare() {
        if (this instanceof SquareVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not Square");
    }

    /**
     * Picks the variant {@code json} holds, {@code Unknown} when none reads it; Jackson calls it.
     *
     * @param json the JSON value being read
     * @return the variant
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Value read(UnionJson json) {
        if (json.isObject()) {
            if (json.hasAnyKey("radius")) {
                try {
                    return new CircleVariant(json.as(Circle.class));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
            if (json.hasAnyKey("side")) {
                try {
                    return new SquareVariant(json.as(Square.class));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
        } else if (json.isArray()) {
            try {
                return new ListValueVariant(json.as(new TypeReference<List<String>>() {}));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json.isString()) {
            try {
                return new DateTimeValueVariant(json.as(OffsetDateTime.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
            try {
                return new StringValueVariant(json.as(String.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json.isIntegral()) {
            try {
                return new Int64ValueVariant(json.as(Long.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
            try {
                return new DecimalValueVariant(json.as(BigDecimal.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json.isNumber()) {
            try {
                return new DecimalValueVariant(json.as(BigDecimal.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json.isBoolean()) {
            try {
                return new BooleanValueVariant(json.as(Boolean.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        }
        return new Unknown(json.plain());
    }

    /**
     * What to do with each variant of a {@link Value}, for {@link Value#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code StringValue}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitStringValue(String value);

        /**
         * Called for the variant {@code DateTimeValue}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitDateTimeValue(OffsetDateTime value);

        /**
         * Called for the variant {@code Int64Value}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitInt64Value(Long value);

        /**
         * Called for the variant {@code DecimalValue}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitDecimalValue(BigDecimal value);

        /**
         * Called for the variant {@code BooleanValue}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitBooleanValue(Boolean value);

        /**
         * Called for the variant {@code ListValue}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitListValue(List<String> value);

        /**
         * Called for the variant {@code Circle}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitCircle(Circle value);

        /**
         * Called for the variant {@code Square}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitSquare(Square value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code StringValue}.
     *
     * @param value the value
     */
    record StringValueVariant(String value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringValue(value);
        }
    }

    /**
     * A value of variant {@code DateTimeValue}.
     *
     * @param value the value
     */
    record DateTimeValueVariant(OffsetDateTime value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDateTimeValue(value);
        }
    }

    /**
     * A value of variant {@code Int64Value}.
     *
     * @param value the value
     */
    record Int64ValueVariant(Long value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInt64Value(value);
        }
    }

    /**
     * A value of variant {@code DecimalValue}.
     *
     * @param value the value
     */
    record DecimalValueVariant(BigDecimal value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDecimalValue(value);
        }
    }

    /**
     * A value of variant {@code BooleanValue}.
     *
     * @param value the value
     */
    record BooleanValueVariant(Boolean value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBooleanValue(value);
        }
    }

    /**
     * A value of variant {@code ListValue}.
     *
     * @param value the value
     */
    record ListValueVariant(List<String> value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListValue(value);
        }
    }

    /**
     * A value of variant {@code Circle}.
     *
     * @param value the value
     */
    record CircleVariant(Circle value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCircle(value);
        }
    }

    /**
     * A value of variant {@code Square}.
     *
     * @param value the value
     */
    record SquareVariant(Square value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSquare(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
