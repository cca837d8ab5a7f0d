package dev.specgen.runtime.error;

import dev.specgen.runtime.http.HeaderMap;
import java.util.Optional;

/**
 * A 2xx response whose body could not be decoded into the operation's response type. It is a
 * sibling of {@link ApiException}, not a subtype, because the API did not report an error: the
 * client and the server disagree on the format.
 *
 * <p>It keeps only the start of the body (as much as the client keeps of error bodies, 64 KiB by
 * default) and where parsing stopped; its cause describes the parser's error without referring to
 * the parser or the body, so a failed call does not keep a large body alive.
 */
public class ResponseDecodeException extends SpecgenException {

  /** The 2xx status of the response. */
  private final int status;

  /** The response headers. */
  private final HeaderMap headers;

  /** The start of the body that failed to decode. */
  private final String bodyText;

  /** Where parsing stopped, or null. */
  private final String parsePosition;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the decoding error
   * @param call the operation, method, URL and attempts of the call
   * @param status the response status
   * @param headers the response headers
   * @param bodyText the start of the body that failed to decode
   * @param parsePosition where parsing stopped, e.g. {@code line 1, column 7 (byte 6)}, or null
   */
  public ResponseDecodeException(
      String message,
      Throwable cause,
      FailedCall call,
      int status,
      HeaderMap headers,
      String bodyText,
      String parsePosition) {
    super(message, cause, call);
    this.status = status;
    this.headers = headers;
    this.bodyText = bodyText;
    this.parsePosition = parsePosition;
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
   * Returns the id the server gave the request, as {@link ApiException#requestId()} finds it.
   *
   * @return the request id, or empty if the response has none
   */
  public Optional<String> requestId() {
    return ApiException.requestIdIn(headers);
  }

  /**
   * Returns the start of the body that failed to decode.
   *
   * @return the body text, cut after the client's error-body limit
   */
  public String bodyText() {
    return bodyText;
  }

  /**
   * Returns where parsing stopped.
   *
   * @return e.g. {@code line 3, column 12 (byte 40)}, or empty if the decoder did not say
   */
  public Optional<String> parsePosition() {
    return Optional.ofNullable(parsePosition);
  }
}
