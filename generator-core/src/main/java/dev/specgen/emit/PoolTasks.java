package dev.specgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Work split into tasks of the fork/join pool a run works in (its specs, the emitters of a spec,
 * the types of an emitter, the files it writes), so that a thread done with its own part takes
 * over part of another's. Results keep the order of the items, and a failure is rethrown as it was
 * thrown (a pool would otherwise hand the caller a copy), the first in item order when several
 * fail, so that even errors do not depend on scheduling.
 */
public final class PoolTasks {

  private PoolTasks() {}

  /**
   * {@code task} applied to each item, results in item order: inside a fork/join pool each item is
   * a task other threads may take; elsewhere one item after the other, on this thread.
   *
   * @throws RuntimeException the failure of the first item, in item order, whose task failed
   */
  public static <T, R> List<R> map(List<T> items, Function<T, R> task) {
    if (!ForkJoinTask.inForkJoinPool() || items.size() <= 1) {
      return items.stream().map(task).toList();
    }
    return fork(items, task).get();
  }

  /**
   * {@code task} applied to each item as tasks other threads may take while this thread goes on
   * with other work; the supplier waits for them and gives the results in item order. Outside a
   * fork/join pool the items are mapped when the supplier is asked, on the asking thread.
   *
   * @return the results, once every task is done; asked for at most once
   * @throws RuntimeException from the supplier: the failure of the first item, in item order,
   *     whose task failed
   */
  public static <T, R> Supplier<List<R>> fork(List<T> items, Function<T, R> task) {
    if (!ForkJoinTask.inForkJoinPool()) {
      return () -> items.stream().map(task).toList();
    }
    List<ForkJoinTask<Outcome<R>>> tasks = new ArrayList<>(items.size());
    for (T item : items) {
      tasks.add(ForkJoinTask.adapt(() -> Outcome.of(() -> task.apply(item))));
    }
    // Last to first: joining them in order, this thread finds the next one on top of its own queue,
    // while idle threads take from the other end.
    for (int i = tasks.size() - 1; i >= 0; i--) {
      tasks.get(i).fork();
    }
    return () -> {
      List<R> results = new ArrayList<>(tasks.size());
      for (ForkJoinTask<Outcome<R>> forked : tasks) {
        results.add(forked.join().value());
      }
      return results;
    };
  }

  /**
   * Runs {@code work} in {@code pool}, where its {@link #map} calls fork, and waits for it.
   *
   * @throws RuntimeException what {@code work} threw, as it threw it
   */
  public static <R> R invoke(ForkJoinPool pool, Supplier<R> work) {
    return pool.invoke(ForkJoinTask.adapt(() -> Outcome.of(work))).value();
  }

  /** What one task gave: its result, or the failure it threw, to be rethrown as it was. */
  private record Outcome<R>(R result, RuntimeException failure, Error error) {

    static <R> Outcome<R> of(Supplier<R> work) {
      try {
        return new Outcome<>(work.get(), null, null);
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
