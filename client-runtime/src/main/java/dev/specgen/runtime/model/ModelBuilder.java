package dev.specgen.runtime.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The base of a generated record's builder: it holds the properties the spec does not declare,
 * which the record keeps in its {@code additionalProperties} and writes back, and the explicit
 * JSON {@code null}s of nullable declared properties, kept in the same map under their wire names.
 *
 * @param <B> the generated builder, which the setters return
 * @param <V> the type of undeclared properties' values, {@code Object} unless the spec types them
 */
public abstract class ModelBuilder<B extends ModelBuilder<B, V>, V> {

  /**
   * The undeclared properties in the order they were set, and the explicit {@code null}s of
   * nullable declared properties; the generated {@code build()} passes it to the record, which copies it.
   */
  protected final Map<String, @Nullable V> additionalProperties = new LinkedHashMap<>();

  /** Creates an empty builder; generated builders call it. */
  protected ModelBuilder() {}

  /**
   * Sets a property the spec does not declare, written as is; a {@code null} value is written as
   * JSON {@code null}.
   *
   * @param name the property's name on the wire
   * @param value its value
   * @return this builder
   */
  public final B additionalProperty(String name, @Nullable V value) {
    additionalProperties.put(name, value);
    return self();
  }

  /**
   * Replaces every property the spec does not declare (and every explicit {@code null}) with
   * {@code values}, in their order.
   *
   * @param values the properties by wire name
   * @return this builder
   */
  public final B additionalProperties(Map<String, ? extends @Nullable V> values) {
    additionalProperties.clear();
    additionalProperties.putAll(values);
    return self();
  }

  @SuppressWarnings("unchecked") // B is the generated subclass by the type parameter's contract
  private B self() {
    return (B) this;
  }
}
