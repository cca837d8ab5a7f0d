package dev.specgen.runtime.retry;

import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.http.HttpMethod;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Decides, after a failed attempt, whether to try again and after what delay. */
public final class RetryPlanner {

  private final RetryPolicy policy;
  private final Clock clock;
  private final boolean idempotencyKeyed;

  /**
   * Creates a planner.
   *
   * @param policy the policy to apply
   * @param clock the clock a {@code Retry-After} date is measured against
   */
  public RetryPlanner(RetryPolicy policy, Clock clock) {
    this(policy, clock, false);
  }

  /**
   * Creates a planner for a request that may carry an idempotency key.
   *
   * @param policy the policy to apply
   * @param clock the clock a {@code Retry-After} date is measured against
   * @param idempotencyKeyed true when the request carries an idempotency key, which makes the
   *     server apply it once however often it is sent, so it is retried whatever its method
   */
  public RetryPlanner(RetryPolicy policy, Clock clock, boolean idempotencyKeyed) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idempotencyKeyed = idempotencyKeyed;
  }

  /**
   * Plans the retry after a response with a non-2xx status.
   *
   * @param method the request method
   * @param attemptsMade attempts made so far, this one included
   * @param delayedSoFar the time already spent waiting between attempts
   * @param status the response status
   * @param headers the response headers, for {@code Retry-After}
   * @return the delay before the next attempt, or empty to give up
   */
  public Optional<Duration> afterStatus(
      HttpMethod method, int attemptsMade, Duration delayedSoFar, int status, HeaderMap headers) {
    if (!mayRetry(method, attemptsMade) || !policy.isRetryableStatus(status)) {
      return Optional.empty();
    }
    Optional<Duration> serverWait = RetryAfter.parse(headers.first("Retry-After").orElse(null), clock);
    if (serverWait.isPresent()) {
      return serverWait.filter(wait -> wait.compareTo(remaining(delayedSoFar)) <= 0);
    }
    return backoff(attemptsMade, delayedSoFar);
  }

  /**
   * Plans the retry after an attempt that got no response.
   *
   * @param method the request method
   * @param attemptsMade attempts made so far, this one included
   * @param delayedSoFar the time already spent waiting between attempts
   * @param failure how the attempt failed
   * @return the delay before the next attempt, or empty to give up
   */
  public Optional<Duration> afterFailure(
      HttpMethod method, int attemptsMade, Duration delayedSoFar, TransportFailure failure) {
    if (!mayRetry(method, attemptsMade) || !policy.isRetryableFailure(failure)) {
      return Optional.empty();
    }
    return backoff(attemptsMade, delayedSoFar);
  }

  private boolean mayRetry(HttpMethod method, int attemptsMade) {
    return attemptsMade < policy.maxAttempts() && (idempotencyKeyed || policy.allowsRetryOf(method));
  }

  /**
   * A backoff that does not fit the remaining delay budget is shortened to it; once the budget is
   * spent, retrying stops rather than hammering the server with no pause at all.
   */
  private Optional<Duration> backoff(int attemptsMade, Duration delayedSoFar) {
    Duration backoff = policy.backoff(attemptsMade);
    Duration remaining = remaining(delayedSoFar);
    if (backoff.compareTo(remaining) <= 0) {
      return Optional.of(backoff);
    }
    return remaining.isZero() ? Optional.empty() : Optional.of(remaining);
  }

  private Duration remaining(Duration delayedSoFar) {
    Duration remaining = policy.maxTotalDelay().minus(delayedSoFar);
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }
}
