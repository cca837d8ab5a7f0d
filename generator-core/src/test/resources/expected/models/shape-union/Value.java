// Source: shape-union.yaml#/components/schemas/Value
package dev.specgen.models.shapeunion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Told apart by the kind of JSON value, and objects by their required properties.
 *
 * <p>One of: {@link StringValue}, {@link DateTimeValue}, {@link Int64Value}, {@link DecimalValue},
 * {@link BooleanValue}, {@link ListValue}, {@link Circle}, {@link Square}. A value no variant reads
 * is kept as {@link Unknown} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Value permits Value.StringValue, Value.DateTimeValue, Value.Int64Value, Value.DecimalValue, Value.BooleanValue, Value.ListValue, Value.Circle, Value.Square, Value.Unknown {
    /**
     * The variant's value, which is what is written as JSON.
     *
     * @return the value
     */
    @JsonValue
    Object value();

    /**
     * Reads the variant {@code json} holds; Jackson calls it with the JSON read as plain values.
     *
     * @param json plain JSON values, or {@code null}
     * @return the variant, {@code Unknown} when none reads the value, or {@code null} for {@code null}
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Value fromJson(Object json) {
        if (json == null) {
            return null;
        }
        if (json instanceof Map<?, ?>) {
            if (ModelSupport.hasAnyKey(json, "radius")) {
                try {
                    return new Circle(dev.specgen.models.shapeunion.Circle.fromJson(json));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
            if (ModelSupport.hasAnyKey(json, "side")) {
                try {
                    return new Square(dev.specgen.models.shapeunion.Square.fromJson(json));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
        } else if (json instanceof List<?>) {
            try {
                return new ListValue(ModelSupport.list(json, ModelSupport::string));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json instanceof String) {
            try {
                return new DateTimeValue(ModelSupport.dateTime(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
            try {
                return new StringValue(ModelSupport.string(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (ModelSupport.isIntegral(json)) {
            try {
                return new Int64Value(ModelSupport.int64(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
            try {
                return new DecimalValue(ModelSupport.decimal(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json instanceof Number) {
            try {
                return new DecimalValue(ModelSupport.decimal(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json instanceof Boolean) {
            try {
                return new BooleanValue(ModelSupport.bool(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        }
        return new Unknown(json);
    }

    /**
     * A value of variant {@code StringValue}.
     *
     * @param value the value
     */
    record StringValue(String value) implements Value {
    }

    /**
     * A value of variant {@code DateTimeValue}.
     *
     * @param value the value
     */
    record DateTimeValue(OffsetDateTime value) implements Value {
    }

    /**
     * A value of variant {@code Int64Value}.
     *
     * @param value the value
     */
    record Int64Value(Long value) implements Value {
    }

    /**
     * A value of variant {@code DecimalValue}.
     *
     * @param value the value
     */
    record DecimalValue(BigDecimal value) implements Value {
    }

    /**
     * A value of variant {@code BooleanValue}.
     *
     * @param value the value
     */
    record BooleanValue(Boolean value) implements Value {
    }

    /**
     * A value of variant {@code ListValue}.
     *
     * @param value the value
     */
    record ListValue(List<String> value) implements Value {
    }

    /**
     * A value of variant {@code Circle}.
     *
     * @param value the value
     */
    record Circle(dev.specgen.models.shapeunion.Circle value) implements Value {
    }

    /**
     * A value of variant {@code Square}.
     *
     * @param value the value
     */
    record Square(dev.specgen.models.shapeunion.Square value) implements Value {
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Value {
    }
}
