package dev.specgen.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the independent tasks of a run (specs, the emitters of a spec, the files a spec writes) on
 * at most as many threads as there are cores, and returns the results in the order of the items,
 * so that what a run reports never depends on scheduling.
 *
 * <p>Tasks nest: a spec's task maps its files, on the same threads. A fork/join pool makes that
 * safe, because a thread waiting for nested tasks runs them itself instead of blocking, so the
 * run never holds more threads than cores. A failure is rethrown as it was thrown (not wrapped),
 * and when several items fail, the first in item order wins, so even errors are deterministic.
 */
final class RunWorkers {

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The workers of runs that do not choose their own: one pool per JVM, sized by its cores. */
  private static final RunWorkers SHARED = new RunWorkers(Runtime.getRuntime().availableProcessors());

  private final int threads;
  private final ForkJoinPool pool;

  /**
   * @param threads the most threads a run uses; 1 runs everything on the calling thread
   */
  RunWorkers(int threads) {
    this.threads = Math.max(1, threads);
    // Never shut down: its daemon threads end on their own once idle for a minute, and a file
    // forked for rendering (see JavaFiles#file) stays renderable for as long as it is referenced.
    this.pool = new ForkJoinPool(this.threads, RunWorkers::workerThread, null, false);
  }

  /** @return the workers shared by the runs of this JVM, bounded by the cores it may use */
  static RunWorkers shared() {
    return SHARED;
  }

  /**
   * {@code task} applied to every item, results in item order.
   *
   * @throws RuntimeException the failure of the first item, in item order, whose task failed
   */
  <T, R> List<R> map(List<T> items, Function<T, R> task) {
    if (threads == 1 || items.size() <= 1) {
      return items.stream().map(task).toList();
    }
    if (ForkJoinTask.inForkJoinPool()) {
      return forkAll(items, task); // nested: the current pool's threads take the items
    }
    // the failure travels back as an Outcome too, else the pool would hand the caller a copy
    return pool.invoke(ForkJoinTask.adapt(() -> Outcome.of(all -> forkAll(all, task), items))).value();
  }

  private static <T, R> List<R> forkAll(List<T> items, Function<T, R> task) {
    List<ForkJoinTask<Outcome<R>>> tasks = new ArrayList<>(items.size());
    for (T item : items) {
      tasks.add(ForkJoinTask.adapt(() -> Outcome.of(task, item)));
    }
    ForkJoinTask.invokeAll(tasks);
    List<R> results = new ArrayList<>(tasks.size());
    for (ForkJoinTask<Outcome<R>> forked : tasks) {
      results.add(forked.join().value());
    }
    return results;
  }

  /**
   * Named daemon threads that load classes the way Specgen's own classes are loaded (a Maven
   * plugin's class realm, say): a stuck task never keeps a Maven or CLI JVM alive.
   */
  private static ForkJoinWorkerThread workerThread(ForkJoinPool pool) {
    ForkJoinWorkerThread thread = new ForkJoinWorkerThread(pool) { };
    thread.setName("specgen-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.setContextClassLoader(RunWorkers.class.getClassLoader());
    return thread;
  }

  /**
   * What one task gave: its result, or the failure it threw, kept so that the caller rethrows the
   * very exception (a fork/join pool would otherwise copy it) and in item order.
   */
  private record Outcome<R>(R result, RuntimeException failure, Error error) {

    static <T, R> Outcome<R> of(Function<T, R> task, T item) {
      try {
        return new Outcome<>(task.apply(item), null, null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e, null);
      } catch (Error e) {
        return new Outcome<>(null, null, e);
      }
    }

    R value() {
      if (failure != null) {
        throw failure;
      }
      if (error != null) {
        throw error;
      }
      return result;
    }
  }
}
