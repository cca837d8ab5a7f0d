package dev.specgen.runtime.retry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waits between retry attempts. It is a seam so tests can record the delays a policy asks for
 * instead of waiting them out.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for a while.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a future that completes after a while, for the asynchronous path. The default runs
   * {@link #sleep(Duration)} on the common pool, which suits recording test sleepers; {@link
   * #system()} overrides it with a timer that blocks no thread.
   *
   * @param duration how long to wait
   * @return a future completing after the wait
   */
  default CompletableFuture<Void> sleepAsync(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            sleep(duration);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
          }
        });
  }

  /**
   * The real-time sleeper. Asynchronous waits share one daemon timer thread that ends when idle,
   * and cancelling a wait's future removes its timer.
   *
   * @return a sleeper using {@link Thread#sleep(long)} and that timer
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
