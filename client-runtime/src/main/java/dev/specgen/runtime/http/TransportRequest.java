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
  private final ResponseLimits limits;
  private final StreamingBody streamingBody;

  /**
   * Creates a request.
   *
   * @param method the HTTP method
   * @param uri the absolute target URI
   * @param headers the headers to send
   * @param body the body bytes, or null for none
   * @param timeout the deadline of the whole exchange, or null for the transport's default
   */
  public TransportRequest(
      HttpMethod method, URI uri, HeaderMap headers, byte[] body, Duration timeout) {
    this(method, uri, headers, body, timeout, ResponseLimits.defaults());
  }

  /**
   * Creates a request with limits on the response it may read.
   *
   * @param method the HTTP method
   * @param uri the absolute target URI
   * @param headers the headers to send
   * @param body the body bytes, or null for none
   * @param timeout the deadline of the whole exchange, or null for the transport's default
   * @param limits how much of the response the transport may hold in memory
   */
  public TransportRequest(
      HttpMethod method, URI uri, HeaderMap headers, byte[] body, Duration timeout, ResponseLimits limits) {
    this(method, uri, headers, body == null ? NO_BODY : body.clone(), null, timeout, limits);
  }

  private TransportRequest(
      HttpMethod method,
      URI uri,
      HeaderMap headers,
      byte[] body,
      StreamingBody streamingBody,
      Duration timeout,
      ResponseLimits limits) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body;
    this.streamingBody = streamingBody;
    this.timeout = timeout;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Creates a request whose body is streamed while it is sent (an upload, a multipart form).
   *
   * @param method the HTTP method
   * @param uri the absolute target URI
   * @param headers the headers to send
   * @param body the body, opened once per attempt
   * @param timeout the deadline of the whole exchange, or null for the transport's default
   * @return the request
   */
  public static TransportRequest streaming(
      HttpMethod method, URI uri, HeaderMap headers, StreamingBody body, Duration timeout) {
    return streaming(method, uri, headers, body, timeout, ResponseLimits.defaults());
  }

  /**
   * Creates a request whose body is streamed while it is sent, with limits on the response it may
   * read.
   *
   * @param method the HTTP method
   * @param uri the absolute target URI
   * @param headers the headers to send
   * @param body the body, opened once per attempt
   * @param timeout the deadline of the whole exchange, or null for the transport's default
   * @param limits how much of the response the transport may hold in memory
   * @return the request
   */
  public static TransportRequest streaming(
      HttpMethod method,
      URI uri,
      HeaderMap headers,
      StreamingBody body,
      Duration timeout,
      ResponseLimits limits) {
    return new TransportRequest(
        method, uri, headers, NO_BODY, Objects.requireNonNull(body, "body"), timeout, limits);
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
   * Returns the deadline of the whole exchange: connecting, sending, the response headers and the
   * whole body must fit in it. A transport that cannot bound the body read must say so.
   *
   * @return the timeout, or empty to use the transport's default
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns how much of the response the transport may hold in memory.
   *
   * @return the limits
   */
  public ResponseLimits responseLimits() {
    return limits;
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
