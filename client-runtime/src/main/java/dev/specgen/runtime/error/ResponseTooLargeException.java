package dev.specgen.runtime.error;

/**
 * A success body was larger than the client's response size limit ({@code maxResponseBytes}). The
 * body was not kept: reading stopped at the limit and the connection was closed. Raise the limit
 * for the call, or use a streaming response for payloads this large.
 */
public class ResponseTooLargeException extends SpecgenException {

  /** The limit that was exceeded, in bytes. */
  private final long limit;

  /** The status of the response. */
  private final int status;

  /**
   * Creates the exception.
   *
   * @param message the message, already free of credentials
   * @param cause the transport's exception
   * @param call the operation, method, URL and attempts of the failed call
   * @param status the response status
   * @param limit the limit in bytes
   */
  public ResponseTooLargeException(String message, Throwable cause, FailedCall call, int status, long limit) {
    super(message, cause, call);
    this.status = status;
    this.limit = limit;
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the status of the response.
   *
   * @return the HTTP status
   */
  public int status() {
    return status;
  }
}
