package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HttpMethod;
import java.util.List;
import java.util.Objects;

/**
 * Which call a {@link SpecgenException} reports: the operation, the request's method and URL, and
 * every attempt made.
 *
 * @param operationId the OpenAPI operation id
 * @param method the HTTP method
 * @param url the absolute URL with its query, every credential replaced by {@code ****}
 * @param attempts every attempt made, in order; empty if the call failed before sending anything
 */
public record FailedCall(String operationId, HttpMethod method, String url, List<Attempt> attempts) {

  /**
   * Validates the parts and copies the attempts.
   *
   * @param operationId the OpenAPI operation id
   * @param method the HTTP method
   * @param url the URL, credentials masked
   * @param attempts the attempts
   */
  public FailedCall {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    attempts = List.copyOf(attempts);
  }

  /**
   * The request line as messages show it.
   *
   * @return e.g. {@code GET https://api.example.com/contacts/crd_1?api_key=****}
   */
  public String requestLine() {
    return method + " " + url;
  }
}
