package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PoolTasksTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

  @Test
  void outsideAPoolTheItemsRunOnTheCallersThreadInOrder() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> doubled = PoolTasks.map(ITEMS, i -> {
      threads.add(Thread.currentThread());
      return i * 2;
    });
    assertThat(doubled).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void theFirstFailureInItemOrderIsRethrownAsItWasThrown() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      List<IllegalStateException> failures = ITEMS.stream()
          .map(i -> new IllegalStateException("item " + i)).toList();
      assertThatThrownBy(() -> PoolTasks.invoke(pool, () -> PoolTasks.map(ITEMS, i -> {
        if (i % 50 == 7) {
          throw failures.get(i);
        }
        return i;
      }))).isSameAs(failures.get(7));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void insideAPoolTheItemsAreTasksOfThatPoolAndTheResultsKeepTheirOrder() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      Set<Thread> threads = ConcurrentHashMap.newKeySet();
      List<Integer> doubled = pool.submit(() -> PoolTasks.map(ITEMS, i -> {
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
