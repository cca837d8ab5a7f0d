package dev.specgen.runtime.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the nullable properties of a generated record, by JSON name. An explicit JSON {@code null}
 * of one of them is kept apart from an absent property: the component is {@code null} either way,
 * and the explicit {@code null} is also kept in the record's map of undeclared properties, so that
 * it is written back ({@code "assignee": null}). {@link RecordDeserializer} reads this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExplicitNulls {

  /**
   * The JSON names of the properties whose explicit {@code null} is kept.
   *
   * @return the names
   */
  String[] value();
}
