package dev.specgen.runtime.retry;

import dev.specgen.runtime.http.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Which failures are retried, how often, and how long to wait. By default the statuses 408, 429,
 * 500, 502, 503 and 504 and connection failures are retried, for idempotent methods only, up to 3
 * attempts with exponential backoff and full jitter, waiting at most 30 s in total. A {@code
 * Retry-After} header replaces the computed backoff.
 */
public final class RetryPolicy {

  /** The statuses retried by default: timeouts, rate limiting and transient server errors. */
  public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxTotalDelay;
  private final Set<Integer> retryableStatuses;
  private final boolean retryNonIdempotent;
  private final boolean retryResponseTimeouts;
  private final DoubleSupplier jitter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxTotalDelay = builder.maxTotalDelay;
    this.retryableStatuses = Set.copyOf(builder.retryableStatuses);
    this.retryNonIdempotent = builder.retryNonIdempotent;
    this.retryResponseTimeouts = builder.retryResponseTimeouts;
    this.jitter = builder.jitter;
  }

  /**
   * The default policy.
   *
   * @return 3 attempts, 500 ms initial backoff, 30 s total delay
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Starts a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder with this policy's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns a copy with another attempt limit.
   *
   * @param attempts the total number of attempts, at least 1
   * @return the changed copy
   */
  public RetryPolicy withMaxAttempts(int attempts) {
    return toBuilder().maxAttempts(attempts).build();
  }

  /**
   * Returns a copy with another limit on the total time spent waiting between attempts.
   *
   * @param delay the limit
   * @return the changed copy
   */
  public RetryPolicy withMaxTotalDelay(Duration delay) {
    return toBuilder().maxTotalDelay(delay).build();
  }

  /**
   * Returns the attempt limit.
   *
   * @return the total number of attempts, first included
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the limit on the total time spent waiting between attempts.
   *
   * @return the limit
   */
  public Duration maxTotalDelay() {
    return maxTotalDelay;
  }

  /**
   * Tells whether a status is worth retrying.
   *
   * @param status the response status
   * @return true if the status is in the retryable set
   */
  public boolean isRetryableStatus(int status) {
    return retryableStatuses.contains(status);
  }

  /**
   * Tells whether requests with a method may be retried.
   *
   * @param method the request method
   * @return true for idempotent methods, or for all when non-idempotent retries are enabled
   */
  public boolean allowsRetryOf(HttpMethod method) {
    return method.isIdempotent() || retryNonIdempotent;
  }

  /**
   * Tells whether a failure without a response is worth retrying. A response timeout is not
   * retried by default: the server may still be working on the request, and retrying would
   * multiply the wait the caller configured.
   *
   * @param failure how the attempt failed
   * @return true if it may be retried
   */
  public boolean isRetryableFailure(TransportFailure failure) {
    return failure != TransportFailure.RESPONSE_TIMEOUT || retryResponseTimeouts;
  }

  /**
   * Computes the backoff before the next attempt: a uniformly random duration between zero and
   * {@code initialBackoff * 2^(attemptsMade - 1)}, capped at the maximum backoff ("full jitter",
   * which spreads out clients that failed together).
   *
   * @param attemptsMade how many attempts have been made so far, at least 1
   * @return the delay
   */
  public Duration backoff(int attemptsMade) {
    long ceiling = initialBackoff.toMillis();
    for (int i = 1; i < attemptsMade && ceiling < maxBackoff.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, maxBackoff.toMillis());
    return Duration.ofMillis(Math.round(jitter.getAsDouble() * ceiling));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts
        + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff
        + ", maxTotalDelay=" + maxTotalDelay
        + ", statuses=" + new java.util.TreeSet<>(retryableStatuses)
        + ", retryNonIdempotent=" + retryNonIdempotent
        + ", retryResponseTimeouts=" + retryResponseTimeouts + "]";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private Duration maxTotalDelay = Duration.ofSeconds(30);
    private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;
    private boolean retryNonIdempotent;
    private boolean retryResponseTimeouts;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    private Builder(RetryPolicy policy) {
      maxAttempts = policy.maxAttempts;
      initialBackoff = policy.initialBackoff;
      maxBackoff = policy.maxBackoff;
      maxTotalDelay = policy.maxTotalDelay;
      retryableStatuses = policy.retryableStatuses;
      retryNonIdempotent = policy.retryNonIdempotent;
      retryResponseTimeouts = policy.retryResponseTimeouts;
      jitter = policy.jitter;
    }

    /**
     * Sets the total number of attempts, the first included.
     *
     * @param attempts at least 1; 1 means no retry
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
     * Sets the backoff ceiling before the first retry; it doubles for each later retry.
     *
     * @param backoff a non-negative duration
     * @return this builder
     */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = requireNonNegative(backoff, "initialBackoff");
      return this;
    }

    /**
     * Caps the computed backoff of a single wait. A {@code Retry-After} wait is not capped by
     * this, only by the total delay.
     *
     * @param backoff a non-negative duration
     * @return this builder
     */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = requireNonNegative(backoff, "maxBackoff");
      return this;
    }

    /**
     * Caps the total time spent waiting between attempts. A computed backoff is shortened to fit
     * and retrying stops once the budget is spent;
     * a {@code Retry-After} that does not fit ends the retries, since waiting less than the server
     * asked would only be refused again.
     *
     * @param delay a non-negative duration
     * @return this builder
     */
    public Builder maxTotalDelay(Duration delay) {
      this.maxTotalDelay = requireNonNegative(delay, "maxTotalDelay");
      return this;
    }

    /**
     * Replaces the set of retried statuses.
     *
     * @param statuses the statuses to retry
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Allows retrying POST and PATCH too, for APIs that make them safe to repeat. With idempotency
     * keys ({@code ClientConfig.Builder.idempotencyKeyHeader}), keyed calls are retried without this.
     *
     * @param enabled true to retry every method
     * @return this builder
     */
    public Builder retryNonIdempotent(boolean enabled) {
      this.retryNonIdempotent = enabled;
      return this;
    }

    /**
     * Allows retrying requests whose response did not arrive within the request timeout.
     *
     * @param enabled true to retry response timeouts
     * @return this builder
     */
    public Builder retryResponseTimeouts(boolean enabled) {
      this.retryResponseTimeouts = enabled;
      return this;
    }

    /**
     * Replaces the source of randomness for the jitter, so that tests can make backoff
     * deterministic.
     *
     * @param uniformZeroToOne yields numbers in {@code [0, 1)}
     * @return this builder
     */
    public Builder jitter(DoubleSupplier uniformZeroToOne) {
      this.jitter = Objects.requireNonNull(uniformZeroToOne, "jitter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration requireNonNegative(Duration duration, String name) {
      if (duration == null || duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be a non-negative duration");
      }
      return duration;
    }
  }
}
