package dev.specgen.runtime.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A fully resolved HTTP request, ready for a {@link HttpTransport}: absolute URI, final headers
 * (credentials included) and body bytes. {@link #toString()} omits the query string and header
 * values, where credentials may sit.
 */
public final class TransportRequest {

  private static final byte[] NO_BODY = new byte[0];

  private final HttpMethod method;
  private final URI uri;
  private final HeaderMap headers;
  private final byte[] body;
  private final Duration timeout;
  private final StreamingBody streamingBody;

  /**
   * Creates a request.
   *
   * @param method the HTTP method
   * @param uri the absolute target URI
   * @param headers the headers to send
   * @param body the body bytes, or null for none
   * @param timeout how long to wait for the response, or null for the transport's default
   */
  public TransportRequest(
      HttpMethod method, URI uri, HeaderMap headers, byte[] body, Duration timeout) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? NO_BODY : body.clone();
    this.timeout = timeout;
    this.streamingBody = null;
  }

  private TransportRequest(
      HttpMethod method, URI uri, HeaderMap headers, StreamingBody body, Duration timeout) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = NO_BODY;
    this.timeout = timeout;
    this.streamingBody = Objects.requireNonNull(body, "body");
  }

  /**
   * Creates a request whose body is streamed while it is sent (an upload, a multipart form).
   *
   * @param method the HTTP method
   * @param uri the absolute target URI
   * @param headers the headers to send
   * @param body the body, opened once per attempt
   * @param timeout how long to wait for the response, or null for the transport's default
   * @return the request
   */
  public static TransportRequest streaming(
      HttpMethod method, URI uri, HeaderMap headers, StreamingBody body, Duration timeout) {
    return new TransportRequest(method, uri, headers, body, timeout);
  }

  /**
   * Returns the streamed body of a request created with one; {@link #body()} is then empty.
   *
   * @return the streamed body, or empty when the body is in memory (or absent)
   */
  public Optional<StreamingBody> streamingBody() {
    return Optional.ofNullable(streamingBody);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * Returns the absolute URI, query string included.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the headers to send.
   *
   * @return the headers
   */
  public HeaderMap headers() {
    return headers;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes, empty when the request has no body
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Tells whether the request carries a body.
   *
   * @return true if the body is not empty or is streamed
   */
  public boolean hasBody() {
    return body.length > 0 || streamingBody != null;
  }

  /**
   * Returns the per-request response timeout.
   *
   * @return the timeout, or empty to use the transport's default
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Shows the method and the URI without its query, which may carry an API key. */
  @Override
  public String toString() {
    return "TransportRequest[" + method + " " + withoutQuery(uri) + ", headers=" + headers.names() + "]";
  }

  private static String withoutQuery(URI uri) {
    String authority = uri.getRawAuthority() == null ? "" : "//" + uri.getRawAuthority();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + ":" + authority + path;
  }
}
