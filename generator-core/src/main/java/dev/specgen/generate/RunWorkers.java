package dev.specgen.generate;

import dev.specgen.emit.PoolTasks;
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
 * run never holds more threads than cores. The forking itself, and how failures come back, is
 * {@link PoolTasks}'.
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
      return PoolTasks.map(items, task); // nested: the current pool's threads take the items
    }
    return PoolTasks.invoke(pool, () -> PoolTasks.map(items, task));
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
}
