package dev.specgen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Work of an emitter split into tasks of the fork/join pool a run emits in, so that a thread done
 * with its own emitter takes over part of another's. Outside a pool (one thread, a test) the work
 * runs here, in order.
 */
public final class EmitTasks {

  private EmitTasks() {}

  /**
   * {@code task} applied to each item, results in item order: inside a fork/join pool each item is
   * a task other threads may take; elsewhere one item after the other.
   */
  public static <T, R> List<R> map(List<T> items, Function<T, R> task) {
    if (!ForkJoinTask.inForkJoinPool() || items.size() <= 1) {
      return items.stream().map(task).toList();
    }
    List<ForkJoinTask<R>> tasks = new ArrayList<>(items.size());
    for (T item : items) {
      tasks.add(ForkJoinTask.adapt(() -> task.apply(item)));
    }
    ForkJoinTask.invokeAll(tasks);
    return tasks.stream().map(ForkJoinTask::join).toList();
  }
}
