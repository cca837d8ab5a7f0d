package dev.specgen.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request and returns the response, whatever its status. Retries, error mapping and
 * decoding happen above this interface, so an implementation only moves bytes.
 *
 * <p>To report a timeout, throw (or complete exceptionally with) {@link
 * java.net.http.HttpTimeoutException} or {@link java.net.SocketTimeoutException}; any other
 * {@link IOException} is treated as a connection failure.
 *
 * <p>A client closes the transport it created itself when it is closed; a transport handed to a
 * client builder belongs to the caller, who closes it.
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends a request and waits for the whole response.
   *
   * @param request the request to send
   * @return the response, for any status code
   * @throws IOException if the exchange failed or timed out
   * @throws InterruptedException if the calling thread was interrupted while waiting
   */
  TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

  /**
   * Sends a request without blocking the caller.
   *
   * @param request the request to send
   * @return a future of the response, completed exceptionally with an {@link IOException} (possibly
   *     wrapped in a {@link java.util.concurrent.CompletionException}) if the exchange failed
   */
  CompletableFuture<TransportResponse> sendAsync(TransportRequest request);

  /**
   * Sends a request and returns as soon as the status and headers have arrived, for downloads and
   * event streams. The default reads the whole body through {@link #send}, so a transport that
   * does not override it still works, only without streaming.
   *
   * @param request the request to send
   * @return the response, whose body the caller reads and closes
   * @throws IOException if the exchange failed or timed out
   * @throws InterruptedException if the calling thread was interrupted while waiting
   */
  default StreamedResponse sendStreaming(TransportRequest request) throws IOException, InterruptedException {
    TransportResponse whole = send(request);
    return new StreamedResponse(whole.status(), whole.headers(), whole.bodyStream(), whole.requestsSent());
  }

  /**
   * Like {@link #sendStreaming}, without blocking the caller.
   *
   * @param request the request to send
   * @return a future of the response, completed when its headers have arrived
   */
  default CompletableFuture<StreamedResponse> sendStreamingAsync(TransportRequest request) {
    return sendAsync(request).thenApply(whole ->
        new StreamedResponse(whole.status(), whole.headers(), whole.bodyStream(), whole.requestsSent()));
  }

  /**
   * Releases what the transport holds (threads, connections). The default holds nothing and does
   * nothing.
   */
  @Override
  default void close() {}
}
