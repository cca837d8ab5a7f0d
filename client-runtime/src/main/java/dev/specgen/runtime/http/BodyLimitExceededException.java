package dev.specgen.runtime.http;

import java.io.IOException;

/**
 * A success body was larger than {@link ResponseLimits#maxBodyBytes()}. The transport stopped
 * reading it and closed the connection; nothing of it is kept.
 */
public class BodyLimitExceededException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded, in bytes. */
  private final long limit;

  /** The status of the response. */
  private final int status;

  /**
   * Creates the exception.
   *
   * @param status the response status
   * @param limit the limit in bytes
   * @param declaredLength the {@code Content-Length} the server announced, or -1 if it did not
   */
  public BodyLimitExceededException(int status, long limit, long declaredLength) {
    super(
        "the HTTP " + status + " response body "
            + (declaredLength >= 0 ? "of " + declaredLength + " bytes " : "")
            + "exceeds the limit of " + limit + " bytes");
    this.limit = limit;
    this.status = status;
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
