package dev.specgen.runtime.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a response body into a single array while enforcing {@link ResponseLimits}: the array is
 * sized from {@code Content-Length} when the server sends one, so a body is held once and never
 * copied into a second buffer. A success body over the limit fails as soon as the limit is known to
 * be passed; an error body is cut at its limit. Either way the subscription is cancelled, which
 * makes the JDK client close the connection instead of reading the rest.
 */
final class BoundedBodyHandler implements HttpResponse.BodyHandler<BufferedBody> {

  /** The first allocation when the length is unknown; the array doubles from there. */
  private static final int INITIAL_CAPACITY = 16 * 1024;

  private final ResponseLimits limits;
  private final AtomicReference<Subscriber> current = new AtomicReference<>();

  /** Set by {@link #abort}; a body whose headers arrive after it is failed at once. */
  private volatile Throwable abortedBy;

  BoundedBodyHandler(ResponseLimits limits) {
    this.limits = limits;
  }

  @Override
  public HttpResponse.BodySubscriber<BufferedBody> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
    Subscriber subscriber = new Subscriber(info.statusCode(), limits, declared);
    current.set(subscriber);
    // Written after current and read before it by abort(), so one of the two always sees the other.
    Throwable reason = abortedBy;
    if (reason != null) {
      subscriber.abort(reason);
    }
    return subscriber;
  }

  /**
   * Stops reading the body, now or as soon as its headers arrive: the exchange's deadline passed or
   * it was cancelled.
   *
   * @param reason what the body read fails with
   */
  void abort(Throwable reason) {
    abortedBy = reason;
    Subscriber subscriber = current.get();
    if (subscriber != null) {
      subscriber.abort(reason);
    }
  }

  /** Collects one body. The JDK calls onNext serially; abort may come from any thread. */
  private static final class Subscriber implements HttpResponse.BodySubscriber<BufferedBody> {
    private final CompletableFuture<BufferedBody> result = new CompletableFuture<>();
    private final int status;
    private final int limit;
    private final boolean failWhenExceeded;
    private final long declared;
    private volatile Flow.Subscription subscription;
    private byte[] buffer;
    private int length;

    Subscriber(int status, ResponseLimits limits, long declared) {
      this.status = status;
      this.limit = limits.limitFor(status);
      this.failWhenExceeded = limits.failsWhenExceeded(status);
      this.declared = declared;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (failWhenExceeded && declared > limit) {
        stop(() -> result.completeExceptionally(new BodyLimitExceededException(status, limit, declared)));
        return;
      }
      int capacity = declared >= 0 ? (int) Math.min(declared, limit) : Math.min(INITIAL_CAPACITY, limit);
      buffer = new byte[capacity];
      if (result.isDone()) {
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (!append(item)) {
          return;
        }
      }
      subscription.request(1);
    }

    /** Copies one chunk; false once the limit is reached and the body is finished or failed. */
    private boolean append(ByteBuffer item) {
      int room = limit - length;
      if (item.remaining() > room) {
        if (failWhenExceeded) {
          buffer = null;
          stop(() -> result.completeExceptionally(new BodyLimitExceededException(status, limit, declared)));
        } else {
          ensureCapacity(limit);
          item.get(buffer, length, room);
          length = limit;
          stop(() -> result.complete(new BufferedBody(buffer, length, true)));
        }
        return false;
      }
      ensureCapacity(length + item.remaining());
      int count = item.remaining();
      item.get(buffer, length, count);
      length += count;
      return true;
    }

    private void ensureCapacity(int needed) {
      if (needed <= buffer.length) {
        return;
      }
      long doubled = Math.max((long) buffer.length * 2, needed);
      byte[] larger = new byte[(int) Math.min(doubled, limit)];
      System.arraycopy(buffer, 0, larger, 0, length);
      buffer = larger;
    }

    /** Completes the result first, so the JDK sees a finished body when the cancel arrives. */
    private void stop(Runnable complete) {
      complete.run();
      subscription.cancel();
    }

    void abort(Throwable reason) {
      result.completeExceptionally(reason);
      Flow.Subscription active = subscription;
      if (active != null) {
        active.cancel();
      }
    }

    @Override
    public void onError(Throwable error) {
      buffer = null;
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(new BufferedBody(buffer == null ? new byte[0] : buffer, length, false));
    }

    @Override
    public CompletionStage<BufferedBody> getBody() {
      return result;
    }
  }
}
