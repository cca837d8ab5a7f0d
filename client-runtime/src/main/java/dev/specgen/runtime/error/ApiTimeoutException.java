package dev.specgen.runtime.error;

/** The connect timeout or the request timeout ran out before a response arrived. */
public class ApiTimeoutException extends SpecgenException {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the transport's timeout exception
   * @param call the operation, method, URL and attempts of the failed call
   */
  public ApiTimeoutException(String message, Throwable cause, FailedCall call) {
    super(message, cause, call);
  }
}
