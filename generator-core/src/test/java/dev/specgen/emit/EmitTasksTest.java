package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmitTasksTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

  @Test
  void outsideAPoolTheItemsRunOnTheCallersThreadInOrder() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> doubled = EmitTasks.map(ITEMS, i -> {
      threads.add(Thread.currentThread());
      return i * 2;
    });
    assertThat(doubled).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void insideAPoolTheItemsAreTasksOfThatPoolAndTheResultsKeepTheirOrder() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      Set<Thread> threads = ConcurrentHashMap.newKeySet();
      List<Integer> doubled = pool.submit(() -> EmitTasks.map(ITEMS, i -> {
        threads.add(Thread.currentThread());
        return i * 2;
      })).join();
      assertThat(doubled).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
      assertThat(threads).isNotEmpty().allMatch(t -> t.getName().startsWith("ForkJoinPool-"));
    } finally {
      pool.shutdown();
    }
  }
}
