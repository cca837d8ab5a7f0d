package dev.specgen.runtime.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The base of a generated open enum: a value class with a constant per value the spec lists, which
 * also holds a value the spec does not list (a provider adding a status tomorrow), exposes it raw
 * and writes it back unchanged.
 *
 * <p>Each instance pairs its wire value with a constant of the generated class's nested {@code
 * Known} enum, whose last constant, {@value #UNKNOWN}, stands for every value the spec does not
 * list, so that known values work in a {@code switch}. Jackson writes an instance as its {@link
 * #value()}; the generated class's static {@code of} reads it. Two instances are equal when they
 * are of the same class and hold equal values.
 *
 * @param <V> the wire value's type: {@code String}, or {@code BigInteger} for large integers
 * @param <K> the generated class's {@code Known} enum
 */
public abstract class OpenEnum<V, K extends Enum<K>> {

  /** The name of the {@code Known} constant that stands for every value the spec does not list. */
  public static final String UNKNOWN = "_UNKNOWN";

  private final V value;
  private final K known;

  /**
   * Creates a value; generated classes call it for their constants and for values the spec does not list.
   *
   * @param value the wire value
   * @param known its {@code Known} constant, {@value #UNKNOWN} for a value the spec does not list
   */
  protected OpenEnum(V value, K known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = Objects.requireNonNull(known, "known");
  }

  /**
   * The constant among {@code constants} holding {@code value}, else a new instance made by
   * {@code unknown}: what a generated class's {@code of} returns.
   *
   * @param <V> the wire value's type
   * @param <E> the generated class
   * @param constants the generated class's constants, in the spec's order
   * @param value the wire value to look up
   * @param unknown makes an instance of a value the spec does not list
   * @return the constant, or a new instance
   * @throws NullPointerException if {@code value} is {@code null}
   */
  protected static <V, E extends OpenEnum<V, ?>> E lookup(List<E> constants, V value, Function<V, E> unknown) {
    Objects.requireNonNull(value, "value");
    for (E constant : constants) {
      if (constant.value().equals(value)) {
        return constant;
      }
    }
    return unknown.apply(value);
  }

  /**
   * The value as it is on the wire, known to the spec or not.
   *
   * @return the wire value
   */
  @JsonValue
  public final V value() {
    return value;
  }

  /**
   * This value as a Java enum, to switch on.
   *
   * @return the {@code Known} constant, {@value #UNKNOWN} for a value the spec does not list
   */
  public final K known() {
    return known;
  }

  /**
   * Whether the spec lists this value.
   *
   * @return {@code false} for a value only the server knows
   */
  public final boolean isKnown() {
    return !known.name().equals(UNKNOWN);
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && value.equals(((OpenEnum<?, ?>) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * The wire value as text.
   *
   * @return {@code String.valueOf(value())}
   */
  @Override
  public final String toString() {
    return String.valueOf(value);
  }
}
