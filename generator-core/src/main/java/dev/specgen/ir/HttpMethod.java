package dev.specgen.ir;

/** The HTTP methods an OpenAPI path item can hold, in the order the spec defines them. */
public enum HttpMethod {
  GET,
  PUT,
  POST,
  DELETE,
  OPTIONS,
  HEAD,
  PATCH,
  TRACE;

  /** Whether repeating the request has the same effect as sending it once (RFC 9110). */
  public boolean isIdempotent() {
    return this != POST && this != PATCH;
  }
}
