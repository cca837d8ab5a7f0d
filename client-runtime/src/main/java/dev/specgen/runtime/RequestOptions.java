package dev.specgen.runtime;

import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.http.ResponseLimits;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call overrides of the client's settings: per-attempt and whole-call deadlines, response size
 * limit, retry policy or just its limits, extra headers, and an observer of this call. Anything not
 * set falls back to the {@link ClientConfig}.
 */
public final class RequestOptions {

  private static final RequestOptions DEFAULTS = builder().build();

  private final Duration timeout;
  private final Duration callTimeout;
  private final Integer maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final Integer maxAttempts;
  private final Duration maxTotalDelay;
  private final HeaderMap headers;
  private final CallObserver observer;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.callTimeout = builder.callTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.retryPolicy = builder.retryPolicy;
    this.maxAttempts = builder.maxAttempts;
    this.maxTotalDelay = builder.maxTotalDelay;
    this.headers = builder.headers.build();
    this.observer = builder.observer;
  }

  /**
   * Options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the per-attempt deadline override.
   *
   * @return the timeout, or empty to use the client's {@code requestTimeout}
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the whole-call deadline override.
   *
   * @return the timeout, or empty to use the client's {@code callTimeout}
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * Applies the response-size override to the client's limits.
   *
   * @param clientLimits the client's limits
   * @return the limits of this call
   */
  public ResponseLimits responseLimitsOver(ResponseLimits clientLimits) {
    return maxResponseBytes == null
        ? clientLimits
        : new ResponseLimits(maxResponseBytes, clientLimits.maxErrorBodyBytes());
  }

  /**
   * Returns the extra headers, which replace same-named headers set by anything else.
   *
   * @return the headers
   */
  public HeaderMap headers() {
    return headers;
  }

  /**
   * Returns this call's observer, told in addition to the client's.
   *
   * @return the observer, or empty when none was set
   */
  public Optional<CallObserver> observer() {
    return Optional.ofNullable(observer);
  }

  /**
   * Combines these overrides with the client's policy: a replaced policy first, then the attempt
   * and delay limits on top.
   *
   * @param clientPolicy the client's policy
   * @return the policy for this call
   */
  public RetryPolicy retryPolicyOver(RetryPolicy clientPolicy) {
    RetryPolicy policy = retryPolicy != null ? retryPolicy : clientPolicy;
    if (maxAttempts != null) {
      policy = policy.withMaxAttempts(maxAttempts);
    }
    if (maxTotalDelay != null) {
      policy = policy.withMaxTotalDelay(maxTotalDelay);
    }
    return policy;
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout
        + ", callTimeout=" + callTimeout
        + ", maxResponseBytes=" + maxResponseBytes
        + ", retryPolicy=" + retryPolicy
        + ", maxAttempts=" + maxAttempts
        + ", maxTotalDelay=" + maxTotalDelay
        + ", headers=" + headers.names()
        + ", observer=" + observer + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Duration callTimeout;
    private Integer maxResponseBytes;
    private RetryPolicy retryPolicy;
    private Integer maxAttempts;
    private Duration maxTotalDelay;
    private final HeaderMap.Builder headers = HeaderMap.builder();
    private CallObserver observer;

    private Builder() {}

    /**
     * Overrides the deadline of each attempt of this call: connecting, sending, the response
     * headers and the whole body must fit in it.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Overrides the deadline of this whole call: every attempt and every wait between attempts.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Overrides the largest success body this call reads into memory.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxResponseBytes(int bytes) {
      this.maxResponseBytes = new ResponseLimits(bytes, 0).maxBodyBytes();
      return this;
    }

    private static Duration requirePositive(Duration duration, String name) {
      if (duration == null || duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
      return duration;
    }

    /**
     * Replaces the client's retry policy for this call.
     *
     * @param policy the policy, e.g. {@link RetryPolicy#none()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Overrides the attempt limit of the policy in force.
     *
     * @param attempts the total number of attempts, at least 1
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Overrides the total-delay limit of the policy in force.
     *
     * @param delay a non-negative duration
     * @return this builder
     */
    public Builder maxTotalDelay(Duration delay) {
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("maxTotalDelay must be a non-negative duration");
      }
      this.maxTotalDelay = delay;
      return this;
    }

    /**
     * Adds a header to this call, replacing a same-named header from anywhere else.
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
     * Sets an observer of this call, told about its attempts and its end in addition to the
     * client's observer.
     *
     * @param observer the observer
     * @return this builder
     */
    public Builder observer(CallObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
