package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HeaderMap;
import java.util.Objects;

/**
 * The parts of a non-2xx response that an {@link ApiException} carries. Its name is chosen so that
 * no model a spec defines (APIs often have an {@code ErrorResponse} schema) shares it.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param bodyText the body as text, possibly empty; only its start (64 KiB by default, the client's
 *     {@code maxErrorBodyBytes}) is read and kept
 * @param errorBody the body decoded into the type the operation declares for this status, or null
 *     if none is declared or the body did not decode
 */
public record FailedResponse(int status, HeaderMap headers, String bodyText, Object errorBody) {

  /**
   * Validates the parts.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param bodyText the body text
   * @param errorBody the decoded body, or null
   */
  public FailedResponse {
    Objects.requireNonNull(headers, "headers");
    bodyText = bodyText == null ? "" : bodyText;
  }

  /** Leaves the body out: a server may echo a credential in it. */
  @Override
  public String toString() {
    return "FailedResponse[" + status + ", headers=" + headers.names() + ", " + bodyText.length() + " chars]";
  }
}
