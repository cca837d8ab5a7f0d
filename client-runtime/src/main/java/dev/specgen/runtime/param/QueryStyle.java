package dev.specgen.runtime.param;

/** The OpenAPI serialization styles of a query parameter. */
public enum QueryStyle {
  /** {@code style: form, explode: true} (the default): {@code id=1&id=2}; object fields as their own keys. */
  FORM,
  /** {@code style: form, explode: false}: {@code id=1,2}; objects as {@code key,value} pairs. */
  FORM_UNEXPLODED,
  /** {@code style: spaceDelimited}: {@code id=1%202}. */
  SPACE_DELIMITED,
  /** {@code style: pipeDelimited}: {@code id=1%7C2}. */
  PIPE_DELIMITED,
  /** {@code style: deepObject}: {@code q[status]=open&q[tags]=a&q[tags]=b}, brackets percent-encoded. */
  DEEP_OBJECT
}
