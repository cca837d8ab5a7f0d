package dev.specgen.runtime.error;

import java.util.Optional;
import java.util.OptionalInt;

/** What one attempt of a call came to: an HTTP status, or a failure with no response. */
public final class Attempt {

  private final int number;
  private final int status;
  private final String failure;

  private Attempt(int number, int status, String failure) {
    this.number = number;
    this.status = status;
    this.failure = failure;
  }

  /**
   * An attempt that got a response.
   *
   * @param number the attempt's number, from 1
   * @param status the response status
   * @return the attempt
   */
  public static Attempt withStatus(int number, int status) {
    return new Attempt(number, status, null);
  }

  /**
   * An attempt that got no response.
   *
   * @param number the attempt's number, from 1
   * @param failure a short description such as {@code connection failed} or {@code timed out}
   * @return the attempt
   */
  public static Attempt withFailure(int number, String failure) {
    return new Attempt(number, -1, failure);
  }

  /**
   * Returns the attempt's number.
   *
   * @return 1 for the first attempt
   */
  public int number() {
    return number;
  }

  /**
   * Returns the response status.
   *
   * @return the status, or empty if there was no response
   */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * Returns why there was no response.
   *
   * @return the failure description, or empty if a response came
   */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** The status code, or the failure description: the form used in "gave up" messages. */
  @Override
  public String toString() {
    return failure == null ? Integer.toString(status) : failure;
  }
}
