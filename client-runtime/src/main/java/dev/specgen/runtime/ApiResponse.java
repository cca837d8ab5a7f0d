package dev.specgen.runtime;

import dev.specgen.runtime.http.HeaderMap;
import java.util.Objects;

/**
 * A successful response with its status and headers as well as its decoded body, for callers who
 * need a header (a rate-limit count, an ETag) without giving up the typed body.
 *
 * @param status the HTTP status, 2xx
 * @param headers the response headers
 * @param body the decoded body, or null when the response had none
 * @param <T> the body type
 */
public record ApiResponse<T>(int status, HeaderMap headers, T body) {

  /**
   * Validates the parts.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the decoded body
   */
  public ApiResponse {
    Objects.requireNonNull(headers, "headers");
  }
}
