package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HeaderMap;
import java.util.List;
import java.util.Optional;

/**
 * The API answered with a non-2xx status. A generated client throws its own subclasses, one per
 * error status its spec declares ({@code FrontNotFoundException}, with a typed {@code body()});
 * a request that names no exception types gets the runtime's subtypes for the statuses callers
 * commonly handle, which {@link ApiExceptions#forStatus} picks. When the operation declares an
 * error body type for the status, the decoded body is available from {@link #errorBody(Class)}.
 */
public class ApiException extends SpecgenException {

  /**
   * The response headers that carry the id a server gives a request, looked up in this order: the
   * de-facto standard {@code X-Request-Id} and {@code Request-Id}, AWS's {@code X-Amzn-RequestId}
   * and {@code X-Amz-Request-Id}, {@code X-Correlation-Id}, GitHub's {@code X-GitHub-Request-Id},
   * {@code X-Trace-Id} and Cloudflare's {@code CF-Ray}.
   */
  public static final List<String> REQUEST_ID_HEADERS = List.of(
      "X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Amz-Request-Id", "X-Correlation-Id",
      "X-GitHub-Request-Id", "X-Trace-Id", "CF-Ray");

  /** The response that caused this exception. */
  private final FailedResponse response;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param call the operation, method, URL and attempts of the failed call, the last attempt being
   *     this response
   * @param response the error response
   */
  public ApiException(String message, FailedCall call, FailedResponse response) {
    super(message, null, call);
    this.response = java.util.Objects.requireNonNull(response, "response");
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return response.status();
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public HeaderMap headers() {
    return response.headers();
  }

  /**
   * Returns the id the server gave the request, to quote when asking the API's support about it:
   * the first of {@link #REQUEST_ID_HEADERS} the response has.
   *
   * @return the request id, or empty if the response has none of those headers
   */
  public Optional<String> requestId() {
    return requestIdIn(response.headers());
  }

  /**
   * Returns the raw response body.
   *
   * @return the body text, empty if there was none
   */
  public String bodyText() {
    return response.bodyText();
  }

  /**
   * Returns the typed error body.
   *
   * @return the body decoded into the declared type, or null if none was declared or it did not
   *     decode
   */
  public Object errorBody() {
    return response.errorBody();
  }

  /**
   * Returns the typed error body if it is of the given type.
   *
   * @param type the expected error body type
   * @param <T> the expected type
   * @return the decoded body, or empty if absent or of another type
   */
  public <T> Optional<T> errorBody(Class<T> type) {
    Object body = response.errorBody();
    return type.isInstance(body) ? Optional.of(type.cast(body)) : Optional.empty();
  }

  /**
   * Returns the error response as a value.
   *
   * @return status, headers, body text and typed body
   */
  public FailedResponse response() {
    return response;
  }

  /**
   * Finds the request id among response headers.
   *
   * @param headers the response headers
   * @return the value of the first of {@link #REQUEST_ID_HEADERS} present and not blank, or empty
   */
  public static Optional<String> requestIdIn(HeaderMap headers) {
    for (String name : REQUEST_ID_HEADERS) {
      Optional<String> value = headers.first(name).map(String::strip).filter(id -> !id.isEmpty());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}
