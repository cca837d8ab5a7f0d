package dev.specgen.runtime.http;

/**
 * How much of a response a transport may hold in memory. A success body larger than {@link
 * #maxBodyBytes()} fails the exchange with a {@link BodyLimitExceededException}; an error body
 * (any status outside 2xx) is kept only up to {@link #maxErrorBodyBytes()} bytes and the rest is
 * not read at all: the connection is closed instead.
 *
 * @param maxBodyBytes the largest success body kept, in bytes
 * @param maxErrorBodyBytes the largest part of an error body kept, in bytes
 */
public record ResponseLimits(int maxBodyBytes, int maxErrorBodyBytes) {

  /** 32 MiB: the default limit of a success body. */
  public static final int DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

  /** 64 KiB: the default part of an error body that is kept. */
  public static final int DEFAULT_MAX_ERROR_BODY_BYTES = 64 * 1024;

  /** The largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final ResponseLimits DEFAULTS =
      new ResponseLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ERROR_BODY_BYTES);

  /**
   * Validates the limits.
   *
   * @param maxBodyBytes at least 1 and at most {@code Integer.MAX_VALUE - 8}
   * @param maxErrorBodyBytes at least 0 and at most {@code Integer.MAX_VALUE - 8}
   */
  public ResponseLimits {
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_ARRAY) {
      throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + MAX_ARRAY + ", was " + maxBodyBytes);
    }
    if (maxErrorBodyBytes < 0 || maxErrorBodyBytes > MAX_ARRAY) {
      throw new IllegalArgumentException(
          "maxErrorBodyBytes must be between 0 and " + MAX_ARRAY + ", was " + maxErrorBodyBytes);
    }
  }

  /**
   * The default limits: 32 MiB for a success body, 64 KiB kept of an error body.
   *
   * @return the defaults
   */
  public static ResponseLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the limit that applies to a response of a status.
   *
   * @param status the HTTP status
   * @return {@link #maxBodyBytes()} for 2xx, {@link #maxErrorBodyBytes()} otherwise
   */
  public int limitFor(int status) {
    return isSuccess(status) ? maxBodyBytes : maxErrorBodyBytes;
  }

  /**
   * Tells whether a body over the limit fails the exchange (2xx) or is cut at the limit (others).
   *
   * @param status the HTTP status
   * @return true if a larger body is an error
   */
  public boolean failsWhenExceeded(int status) {
    return isSuccess(status);
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
