package dev.specgen.runtime.error;

/** The API answered 429 Too Many Requests. */
public class TooManyRequestsException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param call the operation, method, URL and attempts of the failed call
   * @param response the error response
   */
  public TooManyRequestsException(String message, FailedCall call, FailedResponse response) {
    super(message, call, response);
  }
}
