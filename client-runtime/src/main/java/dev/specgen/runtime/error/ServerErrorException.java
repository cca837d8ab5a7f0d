package dev.specgen.runtime.error;

/** The API answered 5xx server error. */
public class ServerErrorException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param call the operation, method, URL and attempts of the failed call
   * @param response the error response
   */
  public ServerErrorException(String message, FailedCall call, FailedResponse response) {
    super(message, call, response);
  }
}
