package dev.specgen.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable multimap of HTTP headers whose names compare case-insensitively, as HTTP requires.
 * {@link #toString()} lists the names only: values may hold credentials or cookies.
 */
public final class HeaderMap {

  private static final HeaderMap EMPTY = new HeaderMap(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private final Map<String, List<String>> values;

  private HeaderMap(TreeMap<String, List<String>> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Returns the empty header map.
   *
   * @return a map without headers
   */
  public static HeaderMap empty() {
    return EMPTY;
  }

  /**
   * Copies headers from a plain map, validating every name and value.
   *
   * @param headers header names to their values
   * @return an immutable copy
   * @throws IllegalArgumentException if a name is invalid or a value holds CR or LF
   */
  public static HeaderMap of(Map<String, ? extends List<String>> headers) {
    // One copy, not a builder's and then build()'s: every response's headers come through here.
    TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, list) -> {
      if (!list.isEmpty()) {
        HeaderValidation.requireValidName(name);
        list.forEach(value -> HeaderValidation.requireSafeValue(name, value));
        values.merge(name, List.copyOf(list), HeaderMap::concat);
      }
    });
    return new HeaderMap(values);
  }

  /** The values of two spellings of one name ("ETag", "etag"), in the order they came. */
  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return List.copyOf(both);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these headers, to derive a changed copy.
   *
   * @return a new builder with a copy of these headers
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    values.forEach((name, list) -> list.forEach(value -> builder.add(name, value)));
    return builder;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty if the header is absent
   */
  public Optional<String> first(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /**
   * Returns every value of a header.
   *
   * @param name the header name, in any case
   * @return the values in the order received, empty if the header is absent
   */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /**
   * Tells whether a header is present.
   *
   * @param name the header name, in any case
   * @return true if the header has at least one value
   */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /**
   * Returns the header names.
   *
   * @return the names, sorted case-insensitively
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns the headers as a read-only map whose lookups ignore case.
   *
   * @return names to values
   */
  public Map<String, List<String>> asMap() {
    return values;
  }

  /** Lists the header names only, since values may be secret. */
  @Override
  public String toString() {
    return "HeaderMap" + values.keySet();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeaderMap && ((HeaderMap) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Accumulates headers, validating each name and value as it is added. */
  public static final class Builder {
    private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private Builder() {}

    /**
     * Replaces every value of a header with one value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is invalid or the value holds CR or LF
     */
    public Builder set(String name, String value) {
      HeaderValidation.requireValidName(name);
      HeaderValidation.requireSafeValue(name, value);
      List<String> list = new ArrayList<>();
      list.add(value);
      values.put(name, list);
      return this;
    }

    /**
     * Adds a value to a header, keeping the values it already has.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is invalid or the value holds CR or LF
     */
    public Builder add(String name, String value) {
      HeaderValidation.requireValidName(name);
      HeaderValidation.requireSafeValue(name, value);
      values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets every header of another map, replacing same-named headers here.
     *
     * @param headers the headers to copy in
     * @return this builder
     */
    public Builder setAll(HeaderMap headers) {
      headers.values.forEach((name, list) -> values.put(name, new ArrayList<>(list)));
      return this;
    }

    /**
     * Tells whether a header has been set.
     *
     * @param name the header name, in any case
     * @return true if present
     */
    public boolean contains(String name) {
      return values.containsKey(name);
    }

    /**
     * Builds the immutable map.
     *
     * @return the headers added so far
     */
    public HeaderMap build() {
      TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
      return new HeaderMap(copy);
    }
  }
}
