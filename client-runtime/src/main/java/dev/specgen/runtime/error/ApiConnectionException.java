package dev.specgen.runtime.error;

/** No response arrived: the connection could not be made or broke before the response was read. */
public class ApiConnectionException extends SpecgenException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the transport's exception
   * @param call the operation, method, URL and attempts of the failed call
   */
  public ApiConnectionException(String message, Throwable cause, FailedCall call) {
    super(message, cause, call);
  }
}
