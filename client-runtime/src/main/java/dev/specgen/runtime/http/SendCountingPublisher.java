package dev.specgen.runtime.http;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts how often the JDK client puts a request on the wire. The client asks a body publisher for
 * its length once per request it writes (to set {@code Content-Length}), also when it re-sends a
 * GET or HEAD by itself after a connection closed before any response; counting those calls is
 * the only public way to see such re-sends. The counting is checked against what a server
 * receives in the runtime's tests.
 */
final class SendCountingPublisher implements HttpRequest.BodyPublisher {

  private final HttpRequest.BodyPublisher delegate;
  private final AtomicInteger sends = new AtomicInteger();

  SendCountingPublisher(HttpRequest.BodyPublisher delegate) {
    this.delegate = delegate;
  }

  int sends() {
    return sends.get();
  }

  @Override
  public long contentLength() {
    sends.incrementAndGet();
    return delegate.contentLength();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    delegate.subscribe(subscriber);
  }
}
