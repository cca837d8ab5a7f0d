package dev.specgen.runtime.http;

/** The HTTP methods an OpenAPI operation can use. */
public enum HttpMethod {
  /** {@code GET}. */
  GET(true),
  /** {@code HEAD}. */
  HEAD(true),
  /** {@code OPTIONS}. */
  OPTIONS(true),
  /** {@code PUT}. */
  PUT(true),
  /** {@code DELETE}. */
  DELETE(true),
  /** {@code TRACE}. */
  TRACE(true),
  /** {@code POST}. */
  POST(false),
  /** {@code PATCH}. */
  PATCH(false);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /**
   * Tells whether repeating the request has the same effect as sending it once (RFC 9110 §9.2.2),
   * which is what makes an automatic retry safe.
   *
   * @return true for GET, HEAD, OPTIONS, PUT, DELETE and TRACE
   */
  public boolean isIdempotent() {
    return idempotent;
  }
}
