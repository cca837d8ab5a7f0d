package dev.specgen.runtime.model;

import dev.specgen.runtime.RequiredValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Helpers generated models call: the immutable, null-keeping copies records hold, the empty
 * values that stand for an absent list or map, discriminator values of union factories, and
 * epoch-time conversions. Support for generated code, not meant to be called by hand.
 */
public final class ModelSupport {

  /** Stands for an absent list: empty to callers, and not written (compared by identity). */
  private static final List<?> ABSENT_LIST = Collections.unmodifiableList(new ArrayList<>(0));

  /** Stands for an absent map: empty to callers, and not written (compared by identity). */
  private static final Map<String, ?> ABSENT_MAP = Collections.unmodifiableMap(new LinkedHashMap<>(0));

  private ModelSupport() {}

  /**
   * The {@code valueFilter} of a record's list and map properties: Jackson leaves out a value this
   * class equals, which is only the empty list or map that stands for an absent property, so that
   * an absent property stays absent and an empty one is written as empty.
   */
  public static final class Absent {

    /** Creates the filter; Jackson does. */
    public Absent() {}

    @Override
    public boolean equals(@Nullable Object value) {
      return value == ABSENT_LIST || value == ABSENT_MAP;
    }

    @Override
    public int hashCode() {
      return 0; // never a key: a constant keeps equals and hashCode consistent
    }
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
  public static <T> List<T> copy(@Nullable List<T> list) {
    if (list == null || list == ABSENT_LIST) {
      return (List<T>) ABSENT_LIST;
    }
    return list instanceof OwnedList ? list : new OwnedList<>(new ArrayList<>(list));
  }

  /**
   * {@code fresh} as a record's list without copying it: for a list the caller has just built and
   * hands over, as the decoder does with the lists Jackson reads.
   */
  static <T> List<T> adopt(ArrayList<T> fresh) {
    return new OwnedList<>(fresh);
  }

  /**
   * The list a record holds: unmodifiable, keeps nulls, and made only here around an array list
   * nobody else holds, so that copying it again (a record rebuilt from its builder, a decoded list
   * going into the constructor) returns it as it is instead of copying every item.
   */
  private static final class OwnedList<T> extends AbstractList<T> implements RandomAccess {
    private final ArrayList<T> items;

    OwnedList(ArrayList<T> items) {
      this.items = items;
    }

    @Override
    public T get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }
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
  public static <T> Map<String, T> copy(@Nullable Map<String, T> map) {
    if (map == null || map == ABSENT_MAP) {
      return (Map<String, T>) ABSENT_MAP;
    }
    return map instanceof OwnedMap ? map : new OwnedMap<>(new LinkedHashMap<>(map));
  }

  /**
   * {@code fresh} as a record's map without copying it: for a map the caller has just built and
   * hands over, as the decoder does with the maps Jackson reads and the undeclared properties.
   */
  static <T> Map<String, T> adopt(LinkedHashMap<String, T> fresh) {
    return new OwnedMap<>(fresh);
  }

  /**
   * The map a record holds: unmodifiable, keeps nulls and the order of its entries, and made only
   * here around a map nobody else holds, so that copying it again returns it as it is.
   */
  private static final class OwnedMap<T> extends AbstractMap<String, T> {
    private final Map<String, T> entries;

    OwnedMap(LinkedHashMap<String, T> entries) {
      this.entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Map.Entry<String, T>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public @Nullable T get(@Nullable Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return entries.containsKey(key);
    }

    @Override
    public int size() {
      return entries.size();
    }
  }

  /**
   * Like {@link #copy(Map)}, with a plain empty map for {@code null}: for the map of undeclared
   * properties, which is never left out as absent.
   *
   * @param <T> the value type
   * @param map a map, or {@code null}
   * @return the copy, never {@code null}
   */
  public static <T> Map<String, T> copyOrEmpty(@Nullable Map<String, T> map) {
    return map == null ? Map.of() : copy(map);
  }

  /**
   * {@code value}, or for {@code null} the empty list that stands for an absent property.
   *
   * @param <T> the item type
   * @param value the list, or {@code null}
   * @return {@code value} or the absent list
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> orAbsent(@Nullable List<T> value) {
    return value == null ? (List<T>) ABSENT_LIST : value;
  }

  /**
   * {@code value}, or for {@code null} the empty map that stands for an absent property.
   *
   * @param <T> the value type
   * @param value the map, or {@code null}
   * @return {@code value} or the absent map
   */
  @SuppressWarnings("unchecked")
  public static <T> Map<String, T> orAbsent(@Nullable Map<String, T> value) {
    return value == null ? (Map<String, T>) ABSENT_MAP : value;
  }

  /**
   * {@code null} for the list of an absent property, so a builder made from a record sees it unset.
   *
   * @param <T> the item type
   * @param value a record's list
   * @return {@code value}, or {@code null} when it is the absent list
   */
  public static <T> @Nullable List<T> setOrNull(List<T> value) {
    return value == ABSENT_LIST ? null : value;
  }

  /**
   * {@code null} for the map of an absent property, so a builder made from a record sees it unset.
   *
   * @param <T> the value type
   * @param value a record's map
   * @return {@code value}, or {@code null} when it is the absent map
   */
  public static <T> @Nullable Map<String, T> setOrNull(Map<String, T> value) {
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
  public static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    copy.put(name, value);
    return copy;
  }

  /**
   * The discriminator value a union factory writes: {@code current} when it is one of {@code
   * selecting} (the values that select the variant), else the first of them.
   *
   * @param current the value set so far, or {@code null}
   * @param selecting the values that select the variant, at least one
   * @return the value to write
   */
  public static String tag(@Nullable String current, String... selecting) {
    for (String each : selecting) {
      if (each.equals(current)) {
        return each;
      }
    }
    return selecting[0];
  }

  /**
   * Checks a builder's required properties: throws naming every one that is not set.
   *
   * @param type the record's name, for the message
   * @param namesAndValues each required property's name followed by its value
   * @throws IllegalStateException naming every property whose value is {@code null}
   */
  public static void requireSet(String type, @Nullable Object... namesAndValues) {
    RequiredValues required = new RequiredValues(type, "properties");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      required.of(namesAndValues[i + 1], String.valueOf(namesAndValues[i]));
    }
    required.check();
  }

  /**
   * The instant {@code seconds} after the Unix epoch, a fraction kept to the nanosecond.
   *
   * @param seconds seconds since the epoch, or {@code null}
   * @return the instant, or {@code null} for {@code null}
   */
  public static @Nullable Instant epochSeconds(@Nullable Number seconds) {
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
  public static @Nullable Instant epochMillis(@Nullable Number millis) {
    return millis == null ? null : epochSeconds(new BigDecimal(millis.toString()).movePointLeft(3));
  }
}
