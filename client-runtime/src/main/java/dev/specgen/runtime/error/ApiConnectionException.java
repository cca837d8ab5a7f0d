package dev.specgen.runtime.error;

import java.util.List;

/** No response arrived: the connection could not be made or broke before the response was read. */
public class ApiConnectionException extends SpecgenException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the transport's exception
   * @param operationId the OpenAPI operation id
   * @param attempts every attempt made
   */
  public ApiConnectionException(
      String message, Throwable cause, String operationId, List<Attempt> attempts) {
    super(message, cause, operationId, attempts);
  }
}
