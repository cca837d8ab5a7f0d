package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HttpMethod;
import java.util.List;

/**
 * The base of every exception a generated client throws for a call that did not succeed. It names
 * the operation, the request's method and URL (credentials masked), and records each attempt
 * made, so a retried failure shows its whole history.
 */
public abstract class SpecgenException extends RuntimeException {

  /** The failed call: operation, method, URL and attempts. */
  private final FailedCall call;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the underlying cause, or null
   * @param call the operation, method, URL and attempts of the failed call
   */
  protected SpecgenException(String message, Throwable cause, FailedCall call) {
    super(message, cause);
    this.call = java.util.Objects.requireNonNull(call, "call");
  }

  /**
   * Returns the operation that failed.
   *
   * @return the OpenAPI operation id
   */
  public String operationId() {
    return call.operationId();
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method
   */
  public HttpMethod method() {
    return call.method();
  }

  /**
   * Returns the URL of the failed request, with its query. Every credential the client added (an
   * API key in the query, say) reads {@code ****}, so the URL is safe to log.
   *
   * @return the absolute URL, credentials masked
   */
  public String url() {
    return call.url();
  }

  /**
   * Returns every attempt made for the call, the last one being the one this exception reports.
   *
   * @return the attempts, in order; empty if the call failed before sending anything
   */
  public List<Attempt> attempts() {
    return call.attempts();
  }

  /**
   * Returns the failed call as one value, for passing on to another exception.
   *
   * @return the operation, method, URL and attempts
   */
  public FailedCall call() {
    return call;
  }
}
