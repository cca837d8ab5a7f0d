package dev.specgen.runtime.http;

import java.io.IOException;

/**
 * The HTTP client sent the request more than once within one exchange (the JDK client re-sends a
 * GET or HEAD once by itself when the connection closes before any byte of the response) and the
 * last send failed too. The cause is how the last send failed.
 */
public class RequestResentException extends IOException {

  private static final long serialVersionUID = 1L;

  /** How many times the request went on the wire. */
  private final int requestsSent;

  /**
   * Creates the exception.
   *
   * @param requestsSent how many times the request went on the wire, at least 2
   * @param cause how the last send failed
   */
  public RequestResentException(int requestsSent, Throwable cause) {
    super("sent " + requestsSent + " times: " + cause.getMessage(), cause);
    this.requestsSent = requestsSent;
  }

  /**
   * Returns how many times the request went on the wire.
   *
   * @return at least 2
   */
  public int requestsSent() {
    return requestsSent;
  }
}
