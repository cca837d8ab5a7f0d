package dev.specgen.runtime.error;

import java.util.List;

/** The API answered 403 Forbidden. */
public class ForbiddenException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param operationId the OpenAPI operation id
   * @param response the error response
   * @param attempts every attempt made, the last being this response
   */
  public ForbiddenException(
      String message, String operationId, ErrorResponse response, List<Attempt> attempts) {
    super(message, operationId, response, attempts);
  }
}
