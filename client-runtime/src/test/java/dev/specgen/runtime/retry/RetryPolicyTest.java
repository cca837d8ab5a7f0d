package dev.specgen.runtime.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.http.HttpMethod;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void backoffCeilingDoublesUpToTheMaximum() {
    RetryPolicy policy =
        RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(500)).jitter(() -> 1.0).build();

    assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(60)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void fullJitterScalesTheCeilingByTheRandomFraction() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1000)).jitter(() -> 0.25).build();

    assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(500));
  }

  @RepeatedTest(20)
  void defaultJitterStaysWithinZeroAndTheCeiling() {
    Duration backoff = RetryPolicy.defaults().backoff(2);

    assertThat(backoff).isBetween(Duration.ZERO, Duration.ofMillis(1000));
  }

  @Test
  void defaultsRetryIdempotentMethodsAndTheTransientStatuses() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.allowsRetryOf(HttpMethod.GET)).isTrue();
    assertThat(policy.allowsRetryOf(HttpMethod.POST)).isFalse();
    assertThat(RetryPolicy.DEFAULT_RETRYABLE_STATUSES).containsExactlyInAnyOrder(408, 429, 500, 502, 503, 504);
    assertThat(policy.isRetryableFailure(TransportFailure.CONNECTION)).isTrue();
    assertThat(policy.isRetryableFailure(TransportFailure.CONNECT_TIMEOUT)).isTrue();
    assertThat(policy.isRetryableFailure(TransportFailure.RESPONSE_TIMEOUT)).isFalse();
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void invalidSettingsAreRefused() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxTotalDelay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
