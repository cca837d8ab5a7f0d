// Source: SPEC
package PACKAGE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Helpers the models of this package call: reading plain JSON values (as Jackson reads JSON into
 * {@code Object}) into model types, and the immutable copies records hold. Not part of the API.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
final class ModelSupport {
    private ModelSupport() {
    }

    /**
     * A mutable copy of a JSON object, or {@code null}.
     *
     * @param json a JSON value
     * @return the copy, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not an object
     */
    static Map<String, Object> object(Object json) {
        if (json == null) {
            return null;
        }
        if (!(json instanceof Map<?, ?> object)) {
            throw mismatch(json, "an object");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    /**
     * A JSON string.
     *
     * @param json a JSON value
     * @return the string, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a string
     */
    static String string(Object json) {
        if (json == null || json instanceof String) {
            return (String) json;
        }
        throw mismatch(json, "a string");
    }

    /**
     * A JSON number that is a 32-bit integer.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a 32-bit integer
     */
    static Integer int32(Object json) {
        if (json == null) {
            return null;
        }
        try {
            return number(json, "a 32-bit integer").intValueExact();
        } catch (ArithmeticException e) {
            throw mismatch(json, "a 32-bit integer");
        }
    }

    /**
     * A JSON number that is a 64-bit integer.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a 64-bit integer
     */
    static Long int64(Object json) {
        if (json == null) {
            return null;
        }
        try {
            return number(json, "a 64-bit integer").longValueExact();
        } catch (ArithmeticException e) {
            throw mismatch(json, "a 64-bit integer");
        }
    }

    /**
     * A JSON number that is an integer.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not an integer
     */
    static BigInteger bigInteger(Object json) {
        if (json == null) {
            return null;
        }
        try {
            return number(json, "an integer").toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw mismatch(json, "an integer");
        }
    }

    /**
     * A JSON number, rounded to the nearest {@code Float}.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a number
     */
    static Float float32(Object json) {
        return json == null ? null : number(json, "a number").floatValue();
    }

    /**
     * A JSON number, rounded to the nearest {@code Double}.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a number
     */
    static Double float64(Object json) {
        return json == null ? null : number(json, "a number").doubleValue();
    }

    /**
     * A JSON number, with all its digits.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a number
     */
    static BigDecimal decimal(Object json) {
        return json == null ? null : number(json, "a number");
    }

    /**
     * A JSON boolean.
     *
     * @param json a JSON value
     * @return the boolean, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a boolean
     */
    static Boolean bool(Object json) {
        if (json == null || json instanceof Boolean) {
            return (Boolean) json;
        }
        throw mismatch(json, "a boolean");
    }

    /**
     * A JSON string holding a date-time.
     *
     * @param json a JSON value
     * @return the value, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a date-time
     */
    static OffsetDateTime dateTime(Object json) {
        String text = string(json);
        try {
            return text == null ? null : OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw mismatch(json, "a date-time");
        }
    }

    /**
     * A JSON string holding a date.
     *
     * @param json a JSON value
     * @return the value, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a date
     */
    static LocalDate date(Object json) {
        String text = string(json);
        try {
            return text == null ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw mismatch(json, "a date");
        }
    }

    /**
     * A JSON string holding a UUID.
     *
     * @param json a JSON value
     * @return the UUID, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a string holding a UUID
     */
    static UUID uuid(Object json) {
        String text = string(json);
        return text == null ? null : UUID.fromString(text);
    }

    /**
     * A JSON string holding base64, as Jackson writes byte arrays.
     *
     * @param json a JSON value
     * @return the bytes, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not a string holding base64
     */
    static byte[] bytes(Object json) {
        String text = string(json);
        return text == null ? null : Base64.getDecoder().decode(text);
    }

    /**
     * Any JSON value, as it is.
     *
     * @param json a JSON value
     * @return {@code json}
     */
    static Object any(Object json) {
        return json;
    }

    /**
     * A JSON array, each item read by {@code item}.
     *
     * @param <T> the item type
     * @param json a JSON value
     * @param item reads one item
     * @return an unmodifiable list, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not an array
     */
    static <T> List<T> list(Object json, Function<Object, ? extends T> item) {
        if (json == null) {
            return null;
        }
        if (!(json instanceof List<?> items)) {
            throw mismatch(json, "an array");
        }
        List<T> result = new ArrayList<>(items.size());
        for (Object each : items) {
            result.add(item.apply(each));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * A reader of JSON arrays, for lists nested in lists and maps.
     *
     * @param <T> the item type
     * @param item reads one item
     * @return a function doing what {@code list} does
     */
    static <T> Function<Object, List<T>> listOf(Function<Object, ? extends T> item) {
        return json -> list(json, item);
    }

    /**
     * A JSON object, each value read by {@code value}.
     *
     * @param <T> the value type
     * @param json a JSON value
     * @param value reads one value
     * @return an unmodifiable map in the object's order, or {@code null} for {@code null}
     * @throws IllegalArgumentException if it is not an object
     */
    static <T> Map<String, T> map(Object json, Function<Object, ? extends T> value) {
        Map<String, Object> object = object(json);
        if (object == null) {
            return null;
        }
        Map<String, T> result = new LinkedHashMap<>();
        object.forEach((key, each) -> result.put(key, value.apply(each)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * A reader of JSON objects, for maps nested in lists and maps.
     *
     * @param <T> the value type
     * @param value reads one value
     * @return a function doing what {@code map} does
     */
    static <T> Function<Object, Map<String, T>> mapOf(Function<Object, ? extends T> value) {
        return json -> map(json, value);
    }

    /**
     * Whether {@code json} is an object with at least one of {@code keys}.
     *
     * @param json a JSON value
     * @param keys property names
     * @return whether one of them is present
     */
    static boolean hasAnyKey(Object json, String... keys) {
        if (json instanceof Map<?, ?> object) {
            for (String key : keys) {
                if (object.containsKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code json} is a number written without a fraction or exponent.
     *
     * @param json a JSON value
     * @return whether it is such a number
     */
    static boolean isIntegral(Object json) {
        return json instanceof Integer || json instanceof Long || json instanceof BigInteger || json instanceof Short || json instanceof Byte;
    }

    /**
     * The value of property {@code name} when {@code json} is an object, else {@code null}.
     *
     * @param json a JSON value
     * @param name a property name
     * @return the property's value, or {@code null}
     */
    static Object property(Object json, String name) {
        return json instanceof Map<?, ?> object ? object.get(name) : null;
    }

    /**
     * An unmodifiable copy that, unlike {@code List.copyOf}, keeps JSON nulls.
     *
     * @param <T> the item type
     * @param list a list, or {@code null}
     * @return the copy, or {@code null} for {@code null}
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An unmodifiable copy in the same order that, unlike {@code Map.copyOf}, keeps JSON nulls.
     *
     * @param <T> the value type
     * @param map a map, or {@code null}
     * @return the copy, or {@code null} for {@code null}
     */
    static <T> Map<String, T> copy(Map<String, T> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Like {@code copy}, with an empty map for {@code null}.
     *
     * @param <T> the value type
     * @param map a map, or {@code null}
     * @return the copy, never {@code null}
     */
    static <T> Map<String, T> copyOrEmpty(Map<String, T> map) {
        return map == null ? Map.of() : copy(map);
    }

    private static BigDecimal number(Object json, String expected) {
        if (json instanceof BigDecimal decimal) {
            return decimal;
        }
        if (json instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte) {
            return BigDecimal.valueOf(((Number) json).longValue());
        }
        if ((json instanceof Double || json instanceof Float) && Double.isFinite(((Number) json).doubleValue())) {
            return new BigDecimal(json.toString());
        }
        throw mismatch(json, expected);
    }

    private static IllegalArgumentException mismatch(Object json, String expected) {
        return new IllegalArgumentException("expected " + expected + ", found " + describe(json));
    }

    private static String describe(Object json) {
        return json == null ? "null"
                : json instanceof Map<?, ?> ? "an object"
                : json instanceof List<?> ? "an array"
                : json instanceof String ? "a string"
                : json instanceof Boolean ? "a boolean"
                : json instanceof Number ? "a number"
                : json.getClass().getName();
    }
}
