package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HeaderMap;
import java.util.List;
import java.util.Optional;

/**
 * The API answered with a non-2xx status. Subtypes exist for the statuses callers commonly handle;
 * {@link ApiExceptions#forStatus} picks the right one. When the operation declares an error body
 * type for the status, the decoded body is available from {@link #errorBody(Class)}.
 */
public class ApiException extends SpecgenException {

  /** The response that caused this exception. */
  private final ErrorResponse response;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param operationId the OpenAPI operation id
   * @param response the error response
   * @param attempts every attempt made, the last being this response
   */
  public ApiException(
      String message, String operationId, ErrorResponse response, List<Attempt> attempts) {
    super(message, null, operationId, attempts);
    this.response = response;
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
  public ErrorResponse response() {
    return response;
  }
}
