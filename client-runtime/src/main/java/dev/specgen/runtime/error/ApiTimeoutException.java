package dev.specgen.runtime.error;

import java.util.List;

/** The connect timeout or the request timeout ran out before a response arrived. */
public class ApiTimeoutException extends SpecgenException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the transport's timeout exception
   * @param operationId the OpenAPI operation id
   * @param attempts every attempt made
   */
  public ApiTimeoutException(
      String message, Throwable cause, String operationId, List<Attempt> attempts) {
    super(message, cause, operationId, attempts);
  }
}
