package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

  @Test
  void forkedItemsAreTakenByAnotherThreadWhileTheCallerWorksOn() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      CountDownLatch takenElsewhere = new CountDownLatch(1);
      List<Integer> doubled = pool.submit(() -> {
        Thread caller = Thread.currentThread();
        Supplier<List<Integer>> results = PoolTasks.fork(ITEMS, i -> {
          if (Thread.currentThread() != caller) {
            takenElsewhere.countDown();
          }
          return i * 2;
        });
        // The caller's own work: it ends only once another thread has taken a forked item.
        awaitUninterruptibly(takenElsewhere);
        return results.get();
      }).get(30, TimeUnit.SECONDS);
      assertThat(doubled).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void forkedItemsRethrowTheFirstFailureInItemOrderWhenTheResultsAreAskedFor() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      List<IllegalStateException> failures = ITEMS.stream()
          .map(i -> new IllegalStateException("item " + i)).toList();
      Supplier<List<Integer>> results = PoolTasks.invoke(pool, () -> {
        Supplier<List<Integer>> forked = PoolTasks.fork(ITEMS, i -> {
          if (i % 50 == 7) {
            throw failures.get(i);
          }
          return i;
        });
        return forked;
      });
      assertThatThrownBy(results::get).isSameAs(failures.get(7));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void outsideAPoolForkedItemsRunWhenTheResultsAreAskedFor() {
    List<Integer> ran = new ArrayList<>();
    Supplier<List<Integer>> results = PoolTasks.fork(ITEMS, i -> {
      ran.add(i);
      return i + 1;
    });
    assertThat(ran).isEmpty();
    assertThat(results.get()).isEqualTo(ITEMS.stream().map(i -> i + 1).toList());
    assertThat(ran).isEqualTo(ITEMS);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("no other thread took a forked item");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
