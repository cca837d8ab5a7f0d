package dev.specgen.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.http.JdkHttpTransport;
import dev.specgen.runtime.http.ResponseLimits;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a client needs besides the calls themselves: base URL, credentials, timeouts, retry
 * policy, extra headers, transport, JSON mapper, and who observes or logs the calls. Generated
 * client builders delegate to {@link Builder}. {@link #toString()} never shows a credential or
 * header value.
 */
public final class ClientConfig {

  /** The connect timeout used when none is set. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The per-attempt deadline (connect, headers and body) used when none is set. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** The largest success body a call reads into memory unless set otherwise: 32 MiB. */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = ResponseLimits.DEFAULT_MAX_BODY_BYTES;

  /** How much of an error body is read and kept unless set otherwise: 64 KiB. */
  public static final int DEFAULT_MAX_ERROR_BODY_BYTES = ResponseLimits.DEFAULT_MAX_ERROR_BODY_BYTES;

  /** The headers logged as {@code ****} whatever else is configured: they carry credentials. */
  public static final Set<String> ALWAYS_REDACTED_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final URI baseUrl;
  private final List<Auth> auth;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration callTimeout;
  private final ResponseLimits responseLimits;
  private final RetryPolicy retryPolicy;
  private final HeaderMap headers;
  private final HttpTransport transport;
  private final String clientName;
  /** Sent with every request: built once, not per call. */
  private final String userAgent;
  private final ObjectMapper objectMapper;
  private final Sleeper sleeper;
  private final Clock clock;
  private final CallObserver observer;
  private final System.Logger.Level logLevel;
  private final Set<String> redactedHeaders;
  private final String idempotencyKeyHeader;
  private final boolean ownsTransport;

  private ClientConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.auth = List.copyOf(builder.auth);
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.callTimeout = builder.callTimeout;
    this.responseLimits = new ResponseLimits(builder.maxResponseBytes, builder.maxErrorBodyBytes);
    this.retryPolicy = builder.retryPolicy;
    this.headers = builder.headers.build();
    // A transport the builder was given (or a parent client's) belongs to someone else.
    this.ownsTransport = builder.transport == null;
    this.transport = ownsTransport ? JdkHttpTransport.create(builder.connectTimeout) : builder.transport;
    this.clientName = builder.clientName;
    this.userAgent = UserAgent.forClient(clientName);
    this.objectMapper = builder.objectMapper != null ? builder.objectMapper : SpecgenJson.newObjectMapper();
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
    this.observer = builder.observer;
    this.logLevel = builder.logLevel;
    this.redactedHeaders = Set.copyOf(builder.redactedHeaders);
    this.idempotencyKeyHeader = builder.idempotencyKeyHeader;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this configuration, to derive a changed copy. The transport and the
   * mapper are shared with the copy; the copy does not own the transport, so closing a client made
   * from it leaves the transport open.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the base URL that request paths are appended to.
   *
   * @return the base URL, without a trailing slash
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the authentication schemes, applied in order to every attempt.
   *
   * @return the schemes; empty means no credentials
   */
  public List<Auth> auth() {
    return auth;
  }

  /**
   * Returns the connect timeout given to the default transport.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the deadline of each attempt unless a call overrides it: connecting, sending, the
   * response headers and the whole body must fit in it.
   *
   * @return the timeout
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Returns the deadline of a whole call, every attempt and every wait between attempts included,
   * unless a call overrides it.
   *
   * @return the timeout, or empty when only the per-attempt deadline applies
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * Returns how much of a response a call may hold in memory unless a call overrides it.
   *
   * @return the success-body limit and the part of an error body that is kept
   */
  public ResponseLimits responseLimits() {
    return responseLimits;
  }

  /**
   * Returns the retry policy unless a call overrides it.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the headers added to every request.
   *
   * @return the headers
   */
  public HeaderMap headers() {
    return headers;
  }

  /**
   * Returns the transport that sends requests.
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Returns the generated client's name, as shown in the {@code User-Agent}.
   *
   * @return the name, or null
   */
  public String clientName() {
    return clientName;
  }

  /**
   * Returns the {@code User-Agent} sent with every request unless a header overrides it.
   *
   * @return the user agent
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns the mapper for bodies and parameter values.
   *
   * @return the mapper
   */
  public ObjectMapper objectMapper() {
    return objectMapper;
  }

  /**
   * Returns what waits between retry attempts.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the clock {@code Retry-After} dates are measured against.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns who is told about every call and its attempts.
   *
   * @return the observer, or empty when none was set
   */
  public Optional<CallObserver> observer() {
    return Optional.ofNullable(observer);
  }

  /**
   * Returns the level every attempt's request and response are logged at.
   *
   * @return the level; {@link System.Logger.Level#OFF} (the default) logs nothing
   */
  public System.Logger.Level logLevel() {
    return logLevel;
  }

  /**
   * Returns the headers whose values logs show as {@code ****}, in lower case: {@link
   * #ALWAYS_REDACTED_HEADERS} and those added with {@link Builder#redactHeader(String)}.
   * Credentials are masked wherever they appear, whatever this set holds.
   *
   * @return the header names
   */
  public Set<String> redactedHeaders() {
    return redactedHeaders;
  }

  /**
   * Returns the header an idempotency key is sent in with every POST and PATCH call.
   *
   * @return the header name, or empty when no key is sent
   */
  public Optional<String> idempotencyKeyHeader() {
    return Optional.ofNullable(idempotencyKeyHeader);
  }

  /** Whether the transport was created for this configuration, so that closing the client closes it. */
  boolean ownsTransport() {
    return ownsTransport;
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUrl=" + baseUrl
        + ", auth=" + auth
        + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout
        + ", callTimeout=" + callTimeout
        + ", responseLimits=" + responseLimits
        + ", retryPolicy=" + retryPolicy
        + ", headers=" + headers.names()
        + ", transport=" + transport
        + ", clientName=" + clientName
        + ", observer=" + observer
        + ", logLevel=" + logLevel
        + ", redactedHeaders=" + redactedHeaders
        + ", idempotencyKeyHeader=" + idempotencyKeyHeader + "]";
  }

  /** Builds a {@link ClientConfig}. */
  public static final class Builder {
    private URI baseUrl;
    private final List<Auth> auth = new ArrayList<>();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration callTimeout;
    private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxErrorBodyBytes = DEFAULT_MAX_ERROR_BODY_BYTES;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final HeaderMap.Builder headers = HeaderMap.builder();
    private HttpTransport transport;
    private String clientName;
    private ObjectMapper objectMapper;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private CallObserver observer;
    private System.Logger.Level logLevel = System.Logger.Level.OFF;
    private final Set<String> redactedHeaders = new LinkedHashSet<>(ALWAYS_REDACTED_HEADERS);
    private String idempotencyKeyHeader;

    private Builder() {}

    private Builder(ClientConfig config) {
      baseUrl = config.baseUrl;
      auth.addAll(config.auth);
      connectTimeout = config.connectTimeout;
      requestTimeout = config.requestTimeout;
      callTimeout = config.callTimeout;
      maxResponseBytes = config.responseLimits.maxBodyBytes();
      maxErrorBodyBytes = config.responseLimits.maxErrorBodyBytes();
      retryPolicy = config.retryPolicy;
      headers.setAll(config.headers);
      transport = config.transport;
      clientName = config.clientName;
      objectMapper = config.objectMapper;
      sleeper = config.sleeper;
      clock = config.clock;
      observer = config.observer;
      logLevel = config.logLevel;
      redactedHeaders.addAll(config.redactedHeaders);
      idempotencyKeyHeader = config.idempotencyKeyHeader;
    }

    /**
     * Sets the base URL. It may carry a path prefix ({@code https://gw.example.com/front}); request
     * paths are appended to it.
     *
     * @param url an absolute http or https URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public Builder baseUrl(String url) {
      return baseUrl(URI.create(Objects.requireNonNull(url, "url")));
    }

    /**
     * Sets the base URL.
     *
     * @param url an absolute http or https URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if the URL is not of that form
     * @see #baseUrl(String)
     */
    public Builder baseUrl(URI url) {
      this.baseUrl = normalizeBaseUrl(Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * Replaces the authentication schemes with one.
     *
     * @param scheme the scheme, e.g. {@code Auth.bearer(token)}
     * @return this builder
     */
    public Builder auth(Auth scheme) {
      auth.clear();
      return addAuth(scheme);
    }

    /**
     * Adds an authentication scheme to those already set, for APIs that need several.
     *
     * @param scheme the scheme
     * @return this builder
     */
    public Builder addAuth(Auth scheme) {
      auth.add(Objects.requireNonNull(scheme, "scheme"));
      return this;
    }

    /**
     * Sets how long to wait for a connection. It configures the default transport; a transport
     * set with {@link #transport(HttpTransport)} keeps its own.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the deadline of each attempt: connecting, sending, the response headers and the whole
     * body must fit in it (default 60 s). An attempt past it fails with {@code
     * ApiTimeoutException} and its connection is closed; it is retried only if the retry policy
     * retries response timeouts. The default transport enforces it; a transport set with {@link
     * #transport(HttpTransport)} receives it as {@code TransportRequest.timeout()}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = requirePositive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Sets a deadline for a whole call: every attempt and every wait between attempts (default:
     * none). Each attempt's deadline is shortened to what is left of it; no attempt starts and no
     * retry is planned once it has passed, and the call then fails with {@code
     * ApiTimeoutException}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the largest success body a call reads into memory (default 32 MiB). A larger body fails
     * the call with {@code ResponseTooLargeException} as soon as it is known to be larger: at once
     * when {@code Content-Length} says so, otherwise when the limit is reached while reading.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxResponseBytes(int bytes) {
      this.maxResponseBytes = new ResponseLimits(bytes, maxErrorBodyBytes).maxBodyBytes();
      return this;
    }

    /**
     * Sets how much of an error body (any status outside 2xx) is read and kept by the exception
     * (default 64 KiB). The rest is not read: the connection is closed instead.
     *
     * @param bytes at least 0
     * @return this builder
     */
    public Builder maxErrorBodyBytes(int bytes) {
      this.maxErrorBodyBytes = new ResponseLimits(maxResponseBytes, bytes).maxErrorBodyBytes();
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy the policy; {@link RetryPolicy#none()} turns retries off
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a header to every request, replacing a same-named default such as {@code User-Agent}.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the value holds CR or LF
     */
    public Builder header(String name, String value) {
      headers.set(name, value);
      return this;
    }

    /**
     * Replaces the transport, for callers who send HTTP their own way.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Names the generated client in the {@code User-Agent}.
     *
     * @param name e.g. {@code FrontClient}
     * @return this builder
     */
    public Builder clientName(String name) {
      this.clientName = name;
      return this;
    }

    /**
     * Replaces the JSON mapper. Start from {@link SpecgenJson#newObjectMapper()} to keep the
     * settings generated models rely on.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.objectMapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Replaces what waits between retries; tests use this to record delays instead of waiting.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Replaces the clock {@code Retry-After} dates are measured against.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets who is told about every attempt and every call; a call's own observer, set in {@link
     * RequestOptions}, is told as well.
     *
     * @param observer the observer; {@link CallObserver#all} combines several
     * @return this builder
     */
    public Builder observer(CallObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * Logs every attempt's request (method, URL, headers) and its response (status, headers,
     * duration) or failure through {@link System#getLogger System.Logger} {@code
     * dev.specgen.runtime.http}, at a level. Credentials are shown as {@code ****} wherever they
     * appear, and so are the values of the headers named by {@link #redactHeader(String)}. Bodies are
     * not logged.
     *
     * @param level the level, e.g. {@code System.Logger.Level.DEBUG}; {@code OFF} (the default) logs
     *     nothing
     * @return this builder
     */
    public Builder logRequests(System.Logger.Level level) {
      this.logLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Shows a header's values as {@code ****} in logs, for headers that carry secrets the client
     * does not know of. {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and
     * {@code Set-Cookie} always are.
     *
     * @param name the header name, in any case
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder redactHeader(String name) {
      redactedHeaders.add(requireHeaderName(name));
      return this;
    }

    /**
     * Sends a fresh idempotency key (a random UUID) in a header with every POST and PATCH call,
     * the same key on every attempt of the call, and lets the retry policy retry those calls like
     * GET. Use it with APIs that honour such keys (Stripe's and others' {@code Idempotency-Key}).
     * A call that sets the header itself keeps its own key.
     *
     * @param name the header, e.g. {@code Idempotency-Key}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder idempotencyKeyHeader(String name) {
      requireHeaderName(name);
      this.idempotencyKeyHeader = name.strip();
      return this;
    }

    /**
     * Builds the configuration, creating the default transport if none was set.
     *
     * @return the immutable configuration
     * @throws IllegalStateException if no base URL was set
     */
    public ClientConfig build() {
      if (baseUrl == null) {
        throw new IllegalStateException("A base URL is required");
      }
      return new ClientConfig(this);
    }

    private static URI normalizeBaseUrl(URI url) {
      // User info is checked first so that a password in it never reaches a message below.
      if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
        throw new IllegalArgumentException("Base URL must not have user info, a query or a fragment");
      }
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        throw new IllegalArgumentException("Base URL must be an absolute http or https URL: " + url);
      }
      String text = url.toString();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      return URI.create(text);
    }

    private static String requireHeaderName(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("A header name must not be blank");
      }
      return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration requirePositive(Duration duration, String name) {
      if (duration == null || duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
      return duration;
    }
  }
}
