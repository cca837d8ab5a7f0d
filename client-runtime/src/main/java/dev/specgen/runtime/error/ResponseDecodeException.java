package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HeaderMap;
import java.util.List;

/**
 * A 2xx response whose body could not be decoded into the operation's response type. It is a
 * sibling of {@link ApiException}, not a subtype, because the API did not report an error: the
 * client and the server disagree on the format.
 */
public class ResponseDecodeException extends SpecgenException {

  /** The 2xx status of the response. */
  private final int status;

  /** The response headers. */
  private final HeaderMap headers;

  /** The body that failed to decode. */
  private final String bodyText;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the decoding error
   * @param operationId the OpenAPI operation id
   * @param status the response status
   * @param headers the response headers
   * @param bodyText the body that failed to decode
   * @param attempts every attempt made
   */
  public ResponseDecodeException(
      String message,
      Throwable cause,
      String operationId,
      int status,
      HeaderMap headers,
      String bodyText,
      List<Attempt> attempts) {
    super(message, cause, operationId, attempts);
    this.status = status;
    this.headers = headers;
    this.bodyText = bodyText;
  }

  /**
   * Returns the response status.
   *
   * @return the 2xx status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public HeaderMap headers() {
    return headers;
  }

  /**
   * Returns the body that failed to decode.
   *
   * @return the body text
   */
  public String bodyText() {
    return bodyText;
  }
}
