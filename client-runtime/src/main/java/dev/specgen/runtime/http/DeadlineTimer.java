package dev.specgen.runtime.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fires the deadlines of exchanges on one daemon thread, without waking that thread for every
 * exchange.
 *
 * <p>A {@link java.util.concurrent.ScheduledThreadPoolExecutor} signals its thread whenever a new
 * task becomes its earliest, and when calls follow one another every call's deadline does, since
 * the call before removed its own: a thread wake-up per call (with the JDK's request timeout, see
 * {@link BlockingDeadline}, 14-22 µs of a local call on two cores). Here the thread sleeps until the earliest time it has to look, and a new deadline
 * wakes it only when it is due before that time; deadlines of one length set one after another
 * never are. When the thread wakes for a deadline that was cancelled meanwhile, it looks at the
 * pending ones and sleeps again. It ends once nothing has been pending for the keep-alive time; the
 * next deadline starts a new one.
 */
final class DeadlineTimer {

  private final String threadName;
  private final long keepAliveNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition earlierDeadline = lock.newCondition();
  private final PriorityQueue<Deadline> pending =
      new PriorityQueue<>(Comparator.comparingLong(deadline -> deadline.dueAt));

  /** Whether a thread is watching the deadlines; guarded by {@link #lock}. */
  private boolean watching;

  /** When the watching thread looks next ({@link System#nanoTime}); guarded by {@link #lock}. */
  private long wakeAt;

  /**
   * @param threadName the name of the thread that fires the deadlines
   * @param keepAlive how long that thread waits with nothing pending before it ends
   */
  DeadlineTimer(String threadName, Duration keepAlive) {
    this.threadName = threadName;
    this.keepAliveNanos = keepAlive.toNanos();
  }

  /**
   * Runs {@code action} on the timer's thread once {@code delay} has passed, unless the returned
   * deadline is cancelled first.
   *
   * @param action what to do when the deadline passes; it must be short and not block
   * @param delay how long from now
   * @return the deadline, to cancel once the exchange is over
   */
  Deadline schedule(Runnable action, Duration delay) {
    Deadline deadline = new Deadline(System.nanoTime() + delay.toNanos(), action);
    lock.lock();
    try {
      pending.add(deadline);
      if (!watching) {
        watching = true;
        wakeAt = deadline.dueAt;
        startWatching();
      } else if (deadline.dueAt - wakeAt < 0) {
        wakeAt = deadline.dueAt;
        earlierDeadline.signal();
      }
    } finally {
      lock.unlock();
    }
    return deadline;
  }

  private void startWatching() {
    Thread thread = new Thread(this::watch, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /** The watching thread: fires what is due, then sleeps until the next deadline or idles out. */
  private void watch() {
    List<Deadline> due = new ArrayList<>();
    long idleUntil = 0;
    boolean idle = false;
    while (true) {
      lock.lock();
      try {
        long now = System.nanoTime();
        while (!pending.isEmpty() && pending.peek().dueAt - now <= 0) {
          due.add(pending.poll());
        }
        if (due.isEmpty()) {
          if (pending.isEmpty()) {
            if (idle && now - idleUntil >= 0) {
              watching = false;
              return;
            }
            if (!idle) {
              idle = true;
              idleUntil = now + keepAliveNanos;
            }
            wakeAt = idleUntil;
          } else {
            idle = false;
            wakeAt = pending.peek().dueAt;
          }
          awaitUntilWakeAt(now);
          continue;
        }
        idle = false;
      } finally {
        lock.unlock();
      }
      fire(due);
      due.clear();
    }
  }

  /** Sleeps until {@link #wakeAt} or an earlier deadline; the caller holds the lock. */
  private void awaitUntilWakeAt(long now) {
    try {
      earlierDeadline.awaitNanos(wakeAt - now);
    } catch (InterruptedException e) {
      // Nobody but this class owns the thread; it looks at the deadlines again.
    }
  }

  private static void fire(List<Deadline> due) {
    for (Deadline deadline : due) {
      try {
        deadline.action.run();
      } catch (RuntimeException e) {
        // An action that fails must not stop the deadlines of other exchanges.
      }
    }
  }

  /** One exchange's deadline. */
  final class Deadline {
    private final long dueAt;
    private final Runnable action;

    private Deadline(long dueAt, Runnable action) {
      this.dueAt = dueAt;
      this.action = action;
    }

    /** Keeps the action from running, if it has not run yet; the watching thread is not woken. */
    void cancel() {
      lock.lock();
      try {
        pending.remove(this);
      } finally {
        lock.unlock();
      }
    }

  }
}
