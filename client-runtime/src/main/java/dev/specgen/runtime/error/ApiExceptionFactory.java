package dev.specgen.runtime.error;

/**
 * Creates the exception of a non-2xx response. A generated client passes one per declared status
 * (a constructor reference such as {@code FrontNotFoundException::new}) with its requests, so that
 * each API throws its own exception types; the runtime's {@link ApiExceptions#forStatus} is the
 * fallback when a request names none.
 */
@FunctionalInterface
public interface ApiExceptionFactory {

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param call the operation, method, URL and attempts of the failed call
   * @param response the error response
   * @return the exception to throw
   */
  ApiException create(String message, FailedCall call, FailedResponse response);
}
