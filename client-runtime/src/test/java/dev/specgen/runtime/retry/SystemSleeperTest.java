package dev.specgen.runtime.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real sleeper's asynchronous waits hold no timer once cancelled and no thread once idle. */
class SystemSleeperTest {

  @Test
  void aWaitEndsAfterItsDelay() throws Exception {
    long start = System.nanoTime();

    Sleeper.system().sleepAsync(Duration.ofMillis(50)).get(5, TimeUnit.SECONDS);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }

  @Test
  void aCancelledWaitRemovesItsTimerAndTheTimerThreadEndsWhenIdle() throws Exception {
    CompletableFuture<Void> wait = Sleeper.system().sleepAsync(Duration.ofHours(1));
    assertThat(SystemSleeper.pendingWaits()).isPositive();

    wait.cancel(true);

    assertThat(SystemSleeper.pendingWaits()).isZero();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (timerThreadAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(timerThreadAlive()).as("the idle timer thread has ended").isFalse();
  }

  private static boolean timerThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.isAlive() && thread.getName().equals("specgen-retry-timer"));
  }
}
