package dev.specgen.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The required-value check of a generated request builder's {@code build()}, in one expression:
 *
 * <pre>{@code
 * RequiredValues required = new RequiredValues("UpdateItemRequest");
 * return required.check(new UpdateItemRequest(required.of(id, "id"), required.of(body, "body"), expand));
 * }</pre>
 *
 * <p>Each {@link #of} notes a missing value and passes the value on; {@link #check} then fails
 * naming every missing value at once, so a caller fixes them in one go. Model builders check their
 * required properties through it too ({@code ModelSupport.requireSet}), so both fail alike.
 * Support for generated code: it is public so the generated package can call it, not meant for
 * hand-written code.
 */
public final class RequiredValues {

  private final String type;
  private final String noun;
  private final List<String> missing = new ArrayList<>();

  /**
   * A check of one request.
   *
   * @param type the request type's simple name, which the failure message names
   */
  public RequiredValues(String type) {
    this(type, "values");
  }

  /**
   * A check of one object whose parts the failure message calls {@code noun}, e.g. a model
   * builder's {@code "properties"}.
   *
   * @param type the type's simple name, which the failure message names
   * @param noun what the missing parts are called: {@code "... is missing required <noun>: a, b"}
   */
  public RequiredValues(String type, String noun) {
    this.type = type;
    this.noun = noun;
  }

  /**
   * A required value, noting it as missing when it is {@code null}.
   *
   * @param value the value a builder holds
   * @param name the builder's name for it, which the failure message names
   * @param <T> the value's type
   * @return {@code value} itself; {@code null} only when missing, and {@link #check} then fails
   *     before the request it went into is returned
   */
  @SuppressWarnings("NullAway") // a null handed on is never seen: check(...) throws first
  public <T> T of(@Nullable T value, String name) {
    if (value == null) {
      missing.add(name);
    }
    return value;
  }

  /**
   * Notes a missing requirement that is not a single value, e.g. {@code "one of body, formBody"}
   * when a request needs exactly one of several bodies.
   *
   * @param isMissing whether the requirement is unmet
   * @param description what is missing, as the failure message names it
   */
  public void missingIf(boolean isMissing, String description) {
    if (isMissing) {
      missing.add(description);
    }
  }

  /**
   * The request built, if nothing it requires was missing.
   *
   * @param request the request built from the values
   * @param <R> the request's type
   * @return {@code request}
   * @throws IllegalStateException naming every missing value, e.g. {@code "UpdateItemRequest is
   *     missing required values: id, body"}
   */
  public <R> R check(R request) {
    check();
    return request;
  }

  /**
   * Fails if anything required was missing.
   *
   * @throws IllegalStateException naming every missing value
   */
  public void check() {
    if (!missing.isEmpty()) {
      throw new IllegalStateException(type + " is missing required " + noun + ": " + String.join(", ", missing));
    }
  }
}
