package dev.specgen.runtime;

import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call overrides of the client's settings: timeout, retry policy or just its limits, and extra
 * headers. Anything not set falls back to the {@link ClientConfig}.
 */
public final class RequestOptions {

  private static final RequestOptions DEFAULTS = builder().build();

  private final Duration timeout;
  private final RetryPolicy retryPolicy;
  private final Integer maxAttempts;
  private final Duration maxTotalDelay;
  private final HeaderMap headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
    this.maxAttempts = builder.maxAttempts;
    this.maxTotalDelay = builder.maxTotalDelay;
    this.headers = builder.headers.build();
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
   * Returns the response timeout override.
   *
   * @return the timeout, or empty to use the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
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
        + ", retryPolicy=" + retryPolicy
        + ", maxAttempts=" + maxAttempts
        + ", maxTotalDelay=" + maxTotalDelay
        + ", headers=" + headers.names() + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private RetryPolicy retryPolicy;
    private Integer maxAttempts;
    private Duration maxTotalDelay;
    private final HeaderMap.Builder headers = HeaderMap.builder();

    private Builder() {}

    /**
     * Overrides how long to wait for the response of each attempt.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be a positive duration");
      }
      this.timeout = timeout;
      return this;
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
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
