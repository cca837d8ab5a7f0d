// Source: name-torture.yaml
package dev.specgen.models.nametorture;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
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
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Helpers the models of this package call: reading plain JSON values (as Jackson reads JSON into
 * {@code Object}) into model types, and the immutable copies records hold. Not part of the API.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
final class ModelSupport2 {
    /**
     * Stands for an absent property: empty to callers, and not written (compared by identity).
     */
    private static final List<?> ABSENT_LIST = Collections.unmodifiableList(new ArrayList<>(0));

    /**
     * Stands for an absent property: empty to callers, and not written (compared by identity).
     */
    private static final Map<String, ?> ABSENT_MAP = Collections.unmodifiableMap(new LinkedHashMap<>(0));

    private ModelSupport2() {
    }

    /**
     * A mutable copy of a JSON object.
     *
     * @param json a JSON value
     * @return the copy
     * @throws java.lang.IllegalArgumentException if it is not an object
     */
    static Map<String, Object> object(Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a string
     */
    static @Nullable String string(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a 32-bit integer
     */
    static @Nullable Integer int32(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a 64-bit integer
     */
    static @Nullable Long int64(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not an integer
     */
    static @Nullable BigInteger bigInteger(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a number
     */
    static @Nullable Float float32(@Nullable Object json) {
        return json == null ? null : number(json, "a number").floatValue();
    }

    /**
     * A JSON number, rounded to the nearest {@code Double}.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws java.lang.IllegalArgumentException if it is not a number
     */
    static @Nullable Double float64(@Nullable Object json) {
        return json == null ? null : number(json, "a number").doubleValue();
    }

    /**
     * A JSON number, with all its digits.
     *
     * @param json a JSON value
     * @return the number, or {@code null} for {@code null}
     * @throws java.lang.IllegalArgumentException if it is not a number
     */
    static @Nullable BigDecimal decimal(@Nullable Object json) {
        return json == null ? null : number(json, "a number");
    }

    /**
     * A JSON boolean.
     *
     * @param json a JSON value
     * @return the boolean, or {@code null} for {@code null}
     * @throws java.lang.IllegalArgumentException if it is not a boolean
     */
    static @Nullable Boolean bool(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a date-time
     */
    static @Nullable OffsetDateTime dateTime(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a date
     */
    static @Nullable LocalDate date(@Nullable Object json) {
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
     * @throws java.lang.IllegalArgumentException if it is not a string holding a UUID
     */
    static @Nullable UUID uuid(@Nullable Object json) {
        String text = string(json);
        return text == null ? null : UUID.fromString(text);
    }

    /**
     * A JSON string holding base64, as Jackson writes byte arrays.
     *
     * @param json a JSON value
     * @return the bytes, or {@code null} for {@code null}
     * @throws java.lang.IllegalArgumentException if it is not a string holding base64
     */
    static byte @Nullable [] bytes(@Nullable Object json) {
        String text = string(json);
        return text == null ? null : Base64.getDecoder().decode(text);
    }

    /**
     * Any JSON value, as it is.
     *
     * @param json a JSON value
     * @return {@code json}
     */
    static @Nullable Object any(@Nullable Object json) {
        return json;
    }

    /**
     * A JSON array, each item read by {@code item}.
     *
     * @param <T> the item type
     * @param json a JSON value
     * @param item reads one item
     * @return an unmodifiable list, or {@code null} for {@code null}
     * @throws java.lang.IllegalArgumentException if it is not an array
     */
    static <T> @Nullable List<T> list(@Nullable Object json,
            java.util.function.Function<Object, ? extends T> item) {
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
    static <T> java.util.function.Function<Object, List<T>> listOf(
            java.util.function.Function<Object, ? extends T> item) {
        return json -> list(json, item);
    }

    /**
     * A JSON object, each value read by {@code value}.
     *
     * @param <T> the value type
     * @param json a JSON value
     * @param value reads one value
     * @return an unmodifiable map in the object's order, or {@code null} for {@code null}
     * @throws java.lang.IllegalArgumentException if it is not an object
     */
    static <T> @Nullable Map<String, T> map(@Nullable Object json,
            java.util.function.Function<Object, ? extends T> value) {
        if (json == null) {
            return null;
        }
        Map<String, Object> object = object(json);
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
    static <T> java.util.function.Function<Object, Map<String, T>> mapOf(
            java.util.function.Function<Object, ? extends T> value) {
        return json -> map(json, value);
    }

    /**
     * Whether {@code json} is an object with at least one of {@code keys}.
     *
     * @param json a JSON value
     * @param keys property names
     * @return whether one of them is present
     */
    static boolean hasAnyKey(@Nullable Object json, String... keys) {
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
    static boolean isIntegral(@Nullable Object json) {
        return json instanceof Integer || json instanceof Long || json instanceof BigInteger || json instanceof Short || json instanceof Byte;
    }

    /**
     * The value of property {@code name} when {@code json} is an object, else {@code null}.
     *
     * @param json a JSON value
     * @param name a property name
     * @return the property's value, or {@code null}
     */
    static @Nullable Object property(@Nullable Object json, String name) {
        return json instanceof Map<?, ?> object ? object.get(name) : null;
    }

    /**
     * An unmodifiable copy that, unlike {@code List.copyOf}, keeps JSON nulls; {@code null} (absent)
     * gives the empty list that stands for an absent property.
     *
     * @param <T> the item type
     * @param list a list, or {@code null}
     * @return the copy
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> copy(@Nullable List<T> list) {
        if (list == null || list == ABSENT_LIST) {
            return (List<T>) ABSENT_LIST;
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An unmodifiable copy in the same order that, unlike {@code Map.copyOf}, keeps JSON nulls;
     * {@code null} (absent) gives the empty map that stands for an absent property.
     *
     * @param <T> the value type
     * @param map a map, or {@code null}
     * @return the copy
     */
    @SuppressWarnings("unchecked")
    static <T> Map<String, T> copy(@Nullable Map<String, T> map) {
        if (map == null || map == ABSENT_MAP) {
            return (Map<String, T>) ABSENT_MAP;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Like {@code copy}, with an empty map for {@code null}.
     *
     * @param <T> the value type
     * @param map a map, or {@code null}
     * @return the copy, never {@code null}
     */
    static <T> Map<String, T> copyOrEmpty(@Nullable Map<String, T> map) {
        return map == null ? Map.of() : copy(map);
    }

    /**
     * {@code value}, or for {@code null} the empty value that stands for an absent property.
     *
     * @param <T> the element type
     * @param value the value, or {@code null}
     * @return {@code value} or the absent value
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> orAbsent(@Nullable List<T> value) {
        return value == null ? (List<T>) ABSENT_LIST : value;
    }

    /**
     * {@code value}, or for {@code null} the empty value that stands for an absent property.
     *
     * @param <T> the element type
     * @param value the value, or {@code null}
     * @return {@code value} or the absent value
     */
    @SuppressWarnings("unchecked")
    static <T> Map<String, T> orAbsent(@Nullable Map<String, T> value) {
        return value == null ? (Map<String, T>) ABSENT_MAP : value;
    }

    /**
     * {@code null} for the value of an absent property, so a builder made from a record sees it unset.
     *
     * @param <T> the element type
     * @param value a record's value
     * @return {@code value}, or {@code null} when it is the absent value
     */
    static <T> @Nullable List<T> setOrNull(List<T> value) {
        return value == ABSENT_LIST ? null : value;
    }

    /**
     * {@code null} for the value of an absent property, so a builder made from a record sees it unset.
     *
     * @param <T> the element type
     * @param value a record's value
     * @return {@code value}, or {@code null} when it is the absent value
     */
    static <T> @Nullable Map<String, T> setOrNull(Map<String, T> value) {
        return value == ABSENT_MAP ? null : value;
    }

    /**
     * A copy of {@code map} with {@code name} set to {@code value}.
     *
     * @param map the map to copy
     * @param name the key to set
     * @param value its value
     * @return the copy
     */
    static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }

    /**
     * The discriminator value a union factory writes: {@code current} when it is one of {@code selecting}
     * (the values that select the variant), else the first of them.
     *
     * @param current the value set so far, or {@code null}
     * @param selecting the values that select the variant
     * @return the value to write
     */
    static String tag(@Nullable String current, String... selecting) {
        for (String each : selecting) {
            if (each.equals(current)) {
                return each;
            }
        }
        return selecting[0];
    }

    /**
     * The instant {@code seconds} after the Unix epoch, a fraction kept to the nanosecond.
     *
     * @param seconds seconds since the epoch, or {@code null}
     * @return the instant, or {@code null} for {@code null}
     */
    static @Nullable Instant epochSeconds(@Nullable Number seconds) {
        if (seconds == null) {
            return null;
        }
        if (seconds instanceof Integer || seconds instanceof Long) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        BigDecimal exact = seconds instanceof BigDecimal decimal ? decimal : new BigDecimal(seconds.toString());
        return Instant.ofEpochSecond(exact.longValue(), exact.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    /**
     * The instant {@code millis} milliseconds after the Unix epoch.
     *
     * @param millis milliseconds since the epoch, or {@code null}
     * @return the instant, or {@code null} for {@code null}
     */
    static @Nullable Instant epochMillis(@Nullable Number millis) {
        return millis == null ? null : epochSeconds(new BigDecimal(millis.toString()).movePointLeft(3));
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

    private static java.lang.IllegalArgumentException mismatch(@Nullable Object json,
            String expected) {
        return new java.lang.IllegalArgumentException("expected " + expected + ", found " + describe(json));
    }

    private static String describe(@Nullable Object json) {
        return json == null ? "null"
                : json instanceof Map<?, ?> ? "an object"
                : json instanceof List<?> ? "an array"
                : json instanceof String ? "a string"
                : json instanceof Boolean ? "a boolean"
                : json instanceof Number ? "a number"
                : json.getClass().getName();
    }

    /**
     * The {@code valueFilter} of a record's list and map properties: Jackson leaves out a value this
     * class equals, which is only the empty list or map that stands for an absent property, so that an
     * absent property stays absent and an empty one is written as empty.
     */
    static final class Absent {
        @Override
        public boolean equals(@Nullable Object value) {
            return value == ABSENT_LIST || value == ABSENT_MAP;
        }

        @Override
        public int hashCode() {
            // never a key: a constant keeps equals and hashCode consistent
            return 0;
        }
    }
}
