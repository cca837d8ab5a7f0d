package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The deadline thread of the JDK transport: what fires, when, and that the thread comes and goes. */
class DeadlineTimerTest {

  private final List<String> fired = new CopyOnWriteArrayList<>();

  @Test
  void deadlinesFireInTheOrderTheyAreDueAndCancelledOnesNever() throws Exception {
    DeadlineTimer timer = new DeadlineTimer("test-deadlines-order", Duration.ofSeconds(2));
    CountDownLatch last = new CountDownLatch(1);

    timer.schedule(() -> fired.add("late"), Duration.ofMillis(300));
    timer.schedule(() -> fired.add("cancelled"), Duration.ofMillis(100)).cancel();
    timer.schedule(() -> fired.add("early"), Duration.ofMillis(50));
    timer.schedule(last::countDown, Duration.ofMillis(400));

    assertThat(last.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(fired).containsExactly("early", "late");
  }

  @Test
  void anEarlierDeadlineSetWhileTheThreadSleepsTowardsALaterOneFiresOnTime() throws Exception {
    DeadlineTimer timer = new DeadlineTimer("test-deadlines-earlier", Duration.ofSeconds(2));
    CountDownLatch early = new CountDownLatch(1);
    timer.schedule(() -> fired.add("late"), Duration.ofSeconds(30));
    Thread.sleep(50); // the thread is asleep until the 30-second deadline
    long start = System.nanoTime();

    timer.schedule(early::countDown, Duration.ofMillis(100));

    assertThat(early.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(fired).isEmpty();
  }

  @Test
  void theThreadEndsWhenIdleAndADeadlineAfterThatStartsANewOne() throws Exception {
    String name = "test-deadlines-idle";
    DeadlineTimer timer = new DeadlineTimer(name, Duration.ofMillis(100));
    CountDownLatch first = new CountDownLatch(1);
    timer.schedule(first::countDown, Duration.ofMillis(10));
    assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (threadNamed(name) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(threadNamed(name)).as("the idle thread ended").isFalse();

    CountDownLatch second = new CountDownLatch(1);
    timer.schedule(second::countDown, Duration.ofMillis(10));
    assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFailingActionDoesNotStopTheOthers() throws Exception {
    DeadlineTimer timer = new DeadlineTimer("test-deadlines-failing", Duration.ofSeconds(2));
    CountDownLatch after = new CountDownLatch(1);
    timer.schedule(() -> {
      throw new IllegalStateException("broken action");
    }, Duration.ofMillis(10));
    timer.schedule(after::countDown, Duration.ofMillis(50));

    assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
  }

  private static boolean threadNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }
}
