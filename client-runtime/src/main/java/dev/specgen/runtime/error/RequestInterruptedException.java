package dev.specgen.runtime.error;

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
   * @param call the operation, method, URL and attempts of the failed call
   */
  public RequestInterruptedException(String message, Throwable cause, FailedCall call) {
    super(message, cause, call);
  }
}
