package dev.specgen.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per spec on at most as many threads as there are cores, and returns the results
 * in the order of the specs, so that what a run reports never depends on scheduling.
 *
 * <p>Specs are independent once their packages are decided: each is loaded from its own files
 * (shared fragments are immutable trees) and written to its own folders. A single spec, or a
 * single core, runs on the calling thread, with no pool at all.
 */
final class SpecWorkers {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;

  /** Workers bounded by the cores the JVM may use. */
  SpecWorkers() {
    this(Runtime.getRuntime().availableProcessors());
  }

  SpecWorkers(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** {@code task} applied to every item, results in item order; the first failure is rethrown. */
  <T, R> List<R> map(List<T> items, Function<T, R> task) {
    int size = Math.min(threads, items.size());
    if (size <= 1) {
      return items.stream().map(task).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(size, daemonThreads());
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> task.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(outcome(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R outcome(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime; // the task's own failure (an OutputException, say), not a wrapper
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Named daemon threads: a stuck task never keeps a Maven or CLI JVM alive. */
  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "specgen-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
