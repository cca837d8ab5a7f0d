package dev.specgen.runtime;

import java.time.Duration;

/**
 * The optional deadline of a whole call, measured on the monotonic clock from the call's start.
 * Without one, every attempt gets its full per-attempt deadline and retries are bounded by the
 * retry policy alone.
 */
final class CallDeadline {

  /** The shortest deadline handed to an attempt, so a nearly spent call still fails cleanly. */
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(1);

  private final Duration timeout;
  private final long startNanos;

  private CallDeadline(Duration timeout, long startNanos) {
    this.timeout = timeout;
    this.startNanos = startNanos;
  }

  /** A deadline starting now, or none when {@code timeout} is null. */
  static CallDeadline startingNow(Duration timeout) {
    return new CallDeadline(timeout, System.nanoTime());
  }

  Duration timeout() {
    return timeout;
  }

  /** The per-attempt deadline, shortened to what is left of the call's. */
  Duration attemptTimeout(Duration perAttempt) {
    if (timeout == null) {
      return perAttempt;
    }
    Duration left = remaining();
    if (left.compareTo(perAttempt) >= 0) {
      return perAttempt;
    }
    return left.compareTo(MIN_ATTEMPT) < 0 ? MIN_ATTEMPT : left;
  }

  boolean hasPassed() {
    return timeout != null && remaining().compareTo(Duration.ZERO) <= 0;
  }

  /** Whether waiting {@code delay} still leaves time for another attempt. */
  boolean leavesTimeAfter(Duration delay) {
    return timeout == null || remaining().compareTo(delay) > 0;
  }

  private Duration remaining() {
    return timeout.minus(Duration.ofNanos(System.nanoTime() - startNanos));
  }
}
