package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;

/** Turns a {@link StreamingBody} into a JDK publisher that reads it only as the connection takes it. */
final class StreamingPublishers {

  private StreamingPublishers() {}

  static HttpRequest.BodyPublisher of(StreamingBody body) {
    HttpRequest.BodyPublisher pulled = HttpRequest.BodyPublishers.ofInputStream(() -> {
      try {
        return body.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    // A known length is sent as Content-Length; otherwise the body goes chunked.
    if (body.length().isEmpty()) {
      return pulled;
    }
    long length = body.length().getAsLong();
    return length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.fromPublisher(pulled, length);
  }
}
