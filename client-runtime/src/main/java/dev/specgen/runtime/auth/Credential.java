package dev.specgen.runtime.auth;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A secret string, fixed or produced on demand. Its {@link #toString()} never shows the value, so
 * a credential can sit in a configuration object that gets logged.
 */
public final class Credential {

  private final Supplier<String> source;
  private final String description;

  private Credential(Supplier<String> source, String description) {
    this.source = source;
    this.description = description;
  }

  /**
   * Wraps a fixed secret.
   *
   * @param value the secret
   * @return a credential that always yields this value
   * @throws IllegalArgumentException if the value is null
   */
  public static Credential of(String value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "The credential is null; if it was read from an environment variable, that variable is not set");
    }
    return new Credential(() -> value, "fixed");
  }

  /**
   * Wraps a supplier that is asked for the secret every time a request is sent, so a rotating
   * token is always current.
   *
   * @param supplier yields the current secret
   * @return a credential backed by the supplier
   */
  public static Credential from(Supplier<String> supplier) {
    return new Credential(Objects.requireNonNull(supplier, "credential supplier"), "supplied");
  }

  /**
   * Produces the current secret.
   *
   * @param purpose what the secret is for, used in the error message if the supplier fails
   * @return the secret
   * @throws IllegalStateException if the supplier returned null or an empty string
   */
  public String value(String purpose) {
    String value = source.get();
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("The credential for " + purpose + " is null or empty");
    }
    return value;
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "Credential[" + description + ", ****]";
  }
}
