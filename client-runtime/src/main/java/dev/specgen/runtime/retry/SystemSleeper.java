package dev.specgen.runtime.retry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The real-time {@link Sleeper}. Asynchronous waits share one daemon timer thread, which ends when
 * no wait has been pending for a while; a wait that is cancelled (or completed otherwise) removes
 * its timer at once, so an abandoned retry holds nothing.
 */
final class SystemSleeper implements Sleeper {

  static final SystemSleeper INSTANCE = new SystemSleeper();

  /** How long the timer thread outlives its last wait (declared first: the timer reads it). */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(2);

  private static final ScheduledThreadPoolExecutor TIMER = newTimer();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  /** The wait ends on the common pool, as the retry that follows it has always run there. */
  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> timer = TIMER.schedule(
        () -> ForkJoinPool.commonPool().execute(() -> done.complete(null)),
        duration.toNanos(),
        TimeUnit.NANOSECONDS);
    done.whenComplete((ignored, error) -> timer.cancel(false));
    return done;
  }

  /** The waits not yet over, for tests. */
  static int pendingWaits() {
    return TIMER.getQueue().size();
  }

  private static ScheduledThreadPoolExecutor newTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "specgen-retry-timer");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
    timer.allowCoreThreadTimeOut(true);
    return timer;
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
