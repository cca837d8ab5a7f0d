package dev.specgen.runtime;

import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;

/**
 * The settings every generated client's {@code Builder} offers, written once here instead of in
 * each generated client: base URL, timeouts, limits, retries, headers, transport, observer, request
 * log and idempotency keys. A generated builder extends this class and adds what its spec decides:
 * the default base URL, a setter per way of authenticating, and {@code build()}. Support for
 * generated code; hand-written code uses the generated builders.
 *
 * @param <B> the generated builder, which every setter returns for chaining
 */
public abstract class ClientSettings<B extends ClientSettings<B>> {

  /** The settings set so far; the generated builder adds the credentials and builds it. */
  protected final ClientConfig.Builder config;

  /**
   * A builder starting from {@code config}.
   *
   * @param config a new configuration, or a client's own to derive another client from
   */
  protected ClientSettings(ClientConfig.Builder config) {
    this.config = config;
  }

  /**
   * The URL requests go to, e.g. a self-hosted installation or a gateway that adds credentials.
   *
   * @param url an absolute http or https URL, with any path prefix
   * @return this builder
   */
  public B baseUrl(String url) {
    config.baseUrl(url);
    return self();
  }

  /**
   * How long to wait for a connection.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    config.connectTimeout(timeout);
    return self();
  }

  /**
   * The deadline of each attempt (default 60 s): connecting, sending, the response headers and the
   * whole body must fit in it; a call can override it.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B requestTimeout(Duration timeout) {
    config.requestTimeout(timeout);
    return self();
  }

  /**
   * A deadline for a whole call, every attempt and every wait between attempts (default: none); a
   * call can override it.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    config.callTimeout(timeout);
    return self();
  }

  /**
   * The largest success body a call reads into memory (default 32 MiB); a larger one fails the call
   * with {@code ResponseTooLargeException}.
   *
   * @param bytes at least 1
   * @return this builder
   */
  public B maxResponseBytes(int bytes) {
    config.maxResponseBytes(bytes);
    return self();
  }

  /**
   * How much of an error body is read and kept by the exception (default 64 KiB).
   *
   * @param bytes at least 0
   * @return this builder
   */
  public B maxErrorBodyBytes(int bytes) {
    config.maxErrorBodyBytes(bytes);
    return self();
  }

  /**
   * When and how often to retry; {@code RetryPolicy.none()} switches retries off.
   *
   * @param policy the policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    config.retryPolicy(policy);
    return self();
  }

  /**
   * A header sent with every request.
   *
   * @param name the header name
   * @param value the value
   * @return this builder
   */
  public B header(String name, String value) {
    config.header(name, value);
    return self();
  }

  /**
   * The HTTP transport; by default the JDK's {@code java.net.http.HttpClient}, which the client
   * closes when it is closed. A transport set here is the caller's to close.
   *
   * @param transport the transport
   * @return this builder
   */
  public B transport(HttpTransport transport) {
    config.transport(transport);
    return self();
  }

  /**
   * Who is told about every attempt (status, duration, failure) and every call as a whole, for
   * metrics, tracing or audit logs; {@code RequestOptions} can add one for a single call.
   *
   * @param observer the observer; {@code CallObserver.all(...)} combines several
   * @return this builder
   */
  public B observer(CallObserver observer) {
    config.observer(observer);
    return self();
  }

  /**
   * Logs every attempt's request (method, URL, headers) and response (status, headers, duration)
   * through the {@code System.Logger} {@code dev.specgen.runtime.http}, credentials and the headers
   * named by {@link #redactHeader(String)} shown as {@code ****}. Bodies are not logged.
   *
   * @param level the level, e.g. {@code System.Logger.Level.DEBUG}; {@code OFF} (the default) logs nothing
   * @return this builder
   */
  public B logRequests(System.Logger.Level level) {
    config.logRequests(level);
    return self();
  }

  /**
   * Shows a header's values as {@code ****} in the request log, for headers carrying secrets the
   * client does not know of; {@code Authorization} and cookies always are.
   *
   * @param name the header name, in any case
   * @return this builder
   */
  public B redactHeader(String name) {
    config.redactHeader(name);
    return self();
  }

  /**
   * Sends a fresh idempotency key in this header with every POST and PATCH call, the same key on
   * every retry of the call, and retries those calls like GET; for APIs that honour such keys.
   *
   * @param name the header, e.g. {@code Idempotency-Key}
   * @return this builder
   */
  public B idempotencyKeyHeader(String name) {
    config.idempotencyKeyHeader(name);
    return self();
  }

  /** This builder as its generated type: {@code B} is always the class extending this one. */
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
