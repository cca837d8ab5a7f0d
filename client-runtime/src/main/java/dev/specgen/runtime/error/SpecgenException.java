package dev.specgen.runtime.error;

import java.util.List;

/**
 * The base of every exception a generated client throws for a call that did not succeed. It names
 * the operation and records each attempt made, so a retried failure shows its whole history.
 */
public abstract class SpecgenException extends RuntimeException {

  /** The OpenAPI operation id of the failed call. */
  private final String operationId;

  /** Every attempt made, in order. */
  private final List<Attempt> attempts;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the underlying cause, or null
   * @param operationId the OpenAPI operation id of the call
   * @param attempts every attempt made, in order
   */
  protected SpecgenException(
      String message, Throwable cause, String operationId, List<Attempt> attempts) {
    super(message, cause);
    this.operationId = operationId;
    this.attempts = List.copyOf(attempts);
  }

  /**
   * Returns the operation that failed.
   *
   * @return the OpenAPI operation id
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns every attempt made for the call, the last one being the one this exception reports.
   *
   * @return the attempts, in order; empty if the call failed before sending anything
   */
  public List<Attempt> attempts() {
    return attempts;
  }
}
