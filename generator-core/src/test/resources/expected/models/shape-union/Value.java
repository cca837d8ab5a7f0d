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
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    static Value ofStringValue(String value) {
        Objects.requireNonNull(value, "value");
        return new StringValueVariant(value);
    }

    static Value ofDateTimeValue(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        return new DateTimeValueVariant(value);
    }

    static Value ofInt64Value(Long value) {
        Objects.requireNonNull(value, "value");
        return new Int64ValueVariant(value);
    }

    static Value ofDecimalValue(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new DecimalValueVariant(value);
    }

    static Value ofBooleanValue(Boolean value) {
        Objects.requireNonNull(value, "value");
        return new BooleanValueVariant(value);
    }

    static Value ofListValue(List<String> value) {
        Objects.requireNonNull(value, "value");
        return new ListValueVariant(value);
    }

    static Value ofCircle(Circle value) {
        Objects.requireNonNull(value, "value");
        return new CircleVariant(value);
    }

    static Value ofSquare(Square value) {
        Objects.requireNonNull(value, "value");
        return new SquareVariant(value);
    }

    default boolean isStringValue() {
        return this instanceof StringValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default String asStringValue() {
        if (this instanceof StringValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not StringValue");
    }

    default boolean isDateTimeValue() {
        return this instanceof DateTimeValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default OffsetDateTime asDateTimeValue() {
        if (this instanceof DateTimeValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not DateTimeValue");
    }

    default boolean isInt64Value() {
        return this instanceof Int64ValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Long asInt64Value() {
        if (this instanceof Int64ValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not Int64Value");
    }

    default boolean isDecimalValue() {
        return this instanceof DecimalValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default BigDecimal asDecimalValue() {
        if (this instanceof DecimalValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not DecimalValue");
    }

    default boolean isBooleanValue() {
        return this instanceof BooleanValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Boolean asBooleanValue() {
        if (this instanceof BooleanValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not BooleanValue");
    }

    default boolean isListValue() {
        return this instanceof ListValueVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default List<String> asListValue() {
        if (this instanceof ListValueVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not ListValue");
    }

    default boolean isCircle() {
        return this instanceof CircleVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Circle asCircle() {
        if (this instanceof CircleVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Value holds " + getClass().getSimpleName() + ", not Circle");
    }

    default boolean isSquare() {
        return this instanceof SquareVariant;
    }

    /**
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    interface Visitor<R> {
        R visitStringValue(String value);
        R visitDateTimeValue(OffsetDateTime value);
        R visitInt64Value(Long value);
        R visitDecimalValue(BigDecimal value);
        R visitBooleanValue(Boolean value);
        R visitListValue(List<String> value);
        R visitCircle(Circle value);
        R visitSquare(Square value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    record StringValueVariant(String value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringValue(value);
        }
    }

    record DateTimeValueVariant(OffsetDateTime value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDateTimeValue(value);
        }
    }

    record Int64ValueVariant(Long value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInt64Value(value);
        }
    }

    record DecimalValueVariant(BigDecimal value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDecimalValue(value);
        }
    }

    record BooleanValueVariant(Boolean value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBooleanValue(value);
        }
    }

    record ListValueVariant(List<String> value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListValue(value);
        }
    }

    record CircleVariant(Circle value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCircle(value);
        }
    }

    record SquareVariant(Square value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSquare(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown(Object value) implements Value {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
