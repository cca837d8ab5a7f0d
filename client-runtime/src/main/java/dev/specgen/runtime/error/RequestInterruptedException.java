package dev.specgen.runtime.error;

import java.util.List;

/**
 * The calling thread was interrupted while waiting for a response or for a retry delay. The
 * thread's interrupt flag is set again before this is thrown.
 */
public class RequestInterruptedException extends SpecgenException {

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param cause the interruption
   * @param operationId the OpenAPI operation id
   * @param attempts every attempt made
   */
  public RequestInterruptedException(
      String message, Throwable cause, String operationId, List<Attempt> attempts) {
    super(message, cause, operationId, attempts);
  }
}
