package dev.specgen.runtime.http;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The deadline of one blocking exchange, from connecting to the last byte of the body.
 *
 * <p>When it passes, the body read fails and the waiting caller is interrupted, which makes the
 * JDK client cancel the exchange and close its connection, whether it is still connecting, waiting
 * for the headers or reading the body. This replaces the JDK's own request timeout on the blocking
 * path: that timeout wakes the client's selector thread for every request it is set on (with the
 * old deadline timer's wake-up, 14-22 µs of a local call on two cores), and stops applying once
 * the headers arrive anyway.
 *
 * <p>The interrupt is the deadline's own: {@link #end} clears it again if the exchange finished
 * before the caller noticed it, and a caller that was already interrupted is left as it was, so
 * that its exchange ends with an {@link InterruptedException}. (A caller interrupted by someone
 * else in the same instant as the deadline passes sees a timeout, without its interrupt flag.)
 */
final class BlockingDeadline {

  private final Thread caller;
  private final BoundedBodyHandler body;
  private final Duration timeout;
  private final DeadlineTimer.Deadline timer;

  /** Guarded by this. */
  private boolean ended;

  /** Whether the caller was interrupted by this deadline; guarded by this. */
  private boolean interruptedCaller;

  private BlockingDeadline(DeadlineTimer timer, BoundedBodyHandler body, Duration timeout) {
    this.caller = Thread.currentThread();
    this.body = body;
    this.timeout = timeout;
    this.timer = timer.schedule(this::pass, timeout);
  }

  /**
   * Starts the deadline of the exchange the calling thread is about to wait for.
   *
   * @param timer the timer that fires it
   * @param body the exchange's body handler, failed when the deadline passes
   * @param timeout how long the whole exchange may take
   * @return the running deadline; {@link #end} it in a {@code finally}
   */
  static BlockingDeadline start(DeadlineTimer timer, BoundedBodyHandler body, Duration timeout) {
    return new BlockingDeadline(timer, body, timeout);
  }

  private synchronized void pass() {
    if (ended) {
      return;
    }
    body.abort(failure());
    if (!caller.isInterrupted()) {
      interruptedCaller = true;
      caller.interrupt();
    }
  }

  /**
   * @return whether an {@link InterruptedException} of the caller came from this deadline, which
   *     then failed the exchange with {@link #failure()}
   */
  synchronized boolean interruptedCaller() {
    return interruptedCaller;
  }

  /**
   * @return what the exchange fails with when the deadline passed (made only then: an exception's
   *     stack trace is the dearest part of a deadline)
   */
  HttpTimeoutException failure() {
    return JdkHttpTransport.deadlinePassed(timeout);
  }

  /** Ends the deadline once the caller stopped waiting; called on the caller's thread. */
  void end() {
    timer.cancel();
    synchronized (this) {
      ended = true;
      if (interruptedCaller) {
        Thread.interrupted(); // the deadline's interrupt, should the exchange have finished first
      }
    }
  }
}
