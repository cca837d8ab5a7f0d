package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link HttpTransport}, over the JDK's {@link HttpClient}.
 *
 * <p>The request's timeout is the deadline of the whole exchange: connecting, sending, the
 * response headers and the whole body. (The JDK's own {@link HttpRequest#timeout()} stops applying
 * once the headers arrive, so a server trickling its body would otherwise hold the call.) When it
 * passes, the exchange fails with an {@link HttpTimeoutException} and the connection is closed.
 * The body is read into one array within the request's {@link ResponseLimits}, by the same body
 * handler on the blocking and the asynchronous path, so both share every limit.
 *
 * <p>A transport made by {@link #create} owns its client and the client's threads: {@link #close()}
 * stops its executor and lets go of the client, whose selector thread then ends as soon as the
 * client is garbage collected (the JDK 17 client has no {@code close()} of its own).
 */
public final class JdkHttpTransport implements HttpTransport {

  /** How long the deadline thread outlives its last timer (declared first: the timer reads it). */
  private static final Duration DEADLINE_THREAD_KEEP_ALIVE = Duration.ofSeconds(2);

  /**
   * One daemon thread fires every deadline of the JVM's transports; a finished exchange cancels its
   * deadline without waking that thread, and the thread ends when nothing has been pending for a
   * while.
   */
  private static final DeadlineTimer DEADLINES = new DeadlineTimer("specgen-deadlines", DEADLINE_THREAD_KEEP_ALIVE);

  private static final AtomicInteger TRANSPORTS = new AtomicInteger();

  /** Null once closed, so that nothing here keeps the client (and its selector thread) alive. */
  private volatile HttpClient client;
  private final ExecutorService executor;

  private JdkHttpTransport(HttpClient client, ExecutorService executor) {
    this.client = client;
    this.executor = executor;
  }

  /**
   * Creates a transport with its own {@link HttpClient}. Redirects are not followed: following
   * one to another host would carry the credentials there. Requests to {@code https} URLs
   * negotiate HTTP/2 or HTTP/1.1 with the server; requests to {@code http} URLs are sent as
   * HTTP/1.1 (see {@link #versionFor}).
   *
   * @param connectTimeout how long to wait for a connection, or null for the JDK default
   * @return a new transport
   */
  public static JdkHttpTransport create(Duration connectTimeout) {
    ExecutorService executor = newExecutor();
    HttpClient.Builder builder =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).executor(executor);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return new JdkHttpTransport(builder.build(), executor);
  }

  /**
   * Wraps an existing client, for callers who need a proxy, an SSL context or an executor of
   * their own.
   *
   * @param client the client to send with
   * @return a transport over that client
   */
  public static JdkHttpTransport using(HttpClient client) {
    return new JdkHttpTransport(Objects.requireNonNull(client, "client"), null);
  }

  /**
   * Returns the underlying client.
   *
   * @return the JDK client
   * @throws IllegalStateException if this transport is closed
   */
  public HttpClient httpClient() {
    return open();
  }

  /**
   * Closes this transport: later sends fail with an {@link IllegalStateException}. A transport made
   * by {@link #create} also stops the threads of its executor and lets go of its client, whose
   * selector thread then ends once the client is garbage collected; a client passed to {@link
   * #using} belongs to the caller and is left as it is. Exchanges still running may fail. Closing
   * twice does nothing more.
   */
  @Override
  public void close() {
    client = null;
    if (executor != null) {
      executor.shutdown();
    }
  }

  private HttpClient open() {
    HttpClient current = client;
    if (current == null) {
      throw new IllegalStateException("The HTTP transport is closed: the client that created it was closed");
    }
    return current;
  }

  /**
   * {@inheritDoc}
   *
   * <p>This goes through the client's blocking {@link HttpClient#send}, not {@link #sendAsync}: the
   * JDK hands every asynchronous result to the common pool, which on a machine with two cores or
   * fewer starts a new thread per call. The deadline covers the whole exchange (see {@link
   * BlockingDeadline}). An interrupted caller cancels the exchange, which closes its connection.
   */
  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    SendCountingPublisher publisher = new SendCountingPublisher(bodyPublisher(request));
    BoundedBodyHandler handler = new BoundedBodyHandler(request.responseLimits());
    BlockingDeadline deadline =
        request.timeout().map(timeout -> BlockingDeadline.start(DEADLINES, handler, timeout)).orElse(null);
    try {
      HttpResponse<BufferedBody> response = open().send(jdkRequest(request, publisher, false), handler);
      return toTransportResponse(response, publisher.sends());
    } catch (InterruptedException e) {
      if (deadline != null && deadline.interruptedCaller()) {
        throw rethrown(reported(deadline.failure(), publisher.sends()));
      }
      throw e;
    } catch (IOException e) {
      throw rethrown(reported(originalOf(e), publisher.sends()));
    } finally {
      if (deadline != null) {
        deadline.end();
      }
    }
  }

  /**
   * The failure behind one the JDK's blocking send threw: it rethrows an exchange's failure as a new
   * exception of a broader type (a body-limit failure as a plain {@link IOException}) whose cause is
   * the original, except for timeouts, which it rethrows without a cause and with the same message.
   */
  private static IOException originalOf(IOException thrown) {
    return thrown.getCause() instanceof IOException original ? original : thrown;
  }

  /** What an exchange whose deadline passed fails with. */
  static HttpTimeoutException deadlinePassed(Duration timeout) {
    return new HttpTimeoutException(
        "no complete response within " + timeout.toMillis() + " ms (connect, headers and body)");
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    SendCountingPublisher publisher = new SendCountingPublisher(bodyPublisher(request));
    BoundedBodyHandler handler = new BoundedBodyHandler(request.responseLimits());
    CompletableFuture<HttpResponse<BufferedBody>> jdkExchange =
        open().sendAsync(jdkRequest(request, publisher, true), handler);
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    jdkExchange.whenComplete(
        (response, error) -> {
          if (error == null) {
            result.complete(toTransportResponse(response, publisher.sends()));
          } else {
            result.completeExceptionally(reported(error, publisher.sends()));
          }
        });
    request.timeout().ifPresent(timeout -> enforceDeadline(result, timeout, publisher));
    // Whatever ends the result first (deadline, cancellation) stops the exchange and its body read.
    result.whenComplete(
        (response, error) -> {
          if (!jdkExchange.isDone()) {
            handler.abort(new CancellationException("the exchange ended before its body was read"));
            jdkExchange.cancel(true);
          }
        });
    return result;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here the request's deadline covers connecting, sending and the response headers; the body
   * is then the caller's to read at its own pace (a download, an event stream that never ends).
   */
  @Override
  public StreamedResponse sendStreaming(TransportRequest request) throws IOException, InterruptedException {
    SendCountingPublisher publisher = new SendCountingPublisher(bodyPublisher(request));
    try {
      HttpResponse<InputStream> response =
          open().send(jdkRequest(request, publisher, true), HttpResponse.BodyHandlers.ofInputStream());
      return toStreamedResponse(response, publisher.sends());
    } catch (IOException e) {
      throw rethrown(reported(originalOf(e), publisher.sends()));
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The deadline covers connecting, sending and the response headers, as in {@link
   * #sendStreaming}.
   */
  @Override
  public CompletableFuture<StreamedResponse> sendStreamingAsync(TransportRequest request) {
    SendCountingPublisher publisher = new SendCountingPublisher(bodyPublisher(request));
    CompletableFuture<StreamedResponse> result = new CompletableFuture<>();
    CompletableFuture<HttpResponse<InputStream>> jdkExchange =
        open().sendAsync(jdkRequest(request, publisher, true), HttpResponse.BodyHandlers.ofInputStream());
    // A cancelled result cancels the exchange still waiting for its headers, closing its connection.
    result.whenComplete(
        (response, error) -> {
          if (result.isCancelled() && !jdkExchange.isDone()) {
            jdkExchange.cancel(true);
          }
        });
    jdkExchange
        .whenComplete(
            (response, error) -> {
              if (error == null) {
                StreamedResponse streamed = toStreamedResponse(response, publisher.sends());
                if (!result.complete(streamed)) {
                  // Cancelled meanwhile: nobody will read the body, so release the connection.
                  closeQuietly(streamed);
                }
              } else {
                result.completeExceptionally(reported(error, publisher.sends()));
              }
            });
    return result;
  }

  private static void closeQuietly(StreamedResponse response) {
    try {
      response.close();
    } catch (IOException ignored) {
      // The response was abandoned; a failure to close it has no one to report to.
    }
  }

  private static StreamedResponse toStreamedResponse(HttpResponse<InputStream> response, int sends) {
    return new StreamedResponse(response.statusCode(), toHeaderMap(response.headers()), response.body(), sends);
  }

  private static void enforceDeadline(
      CompletableFuture<TransportResponse> result, Duration timeout, SendCountingPublisher publisher) {
    DeadlineTimer.Deadline timer = DEADLINES.schedule(
        () -> result.completeExceptionally(reported(deadlinePassed(timeout), publisher.sends())), timeout);
    result.whenComplete((response, error) -> timer.cancel());
  }

  /** Unwraps the JDK's completion wrappers and records a re-send the JDK made by itself. */
  private static Throwable reported(Throwable error, int sends) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return sends > 1 && cause instanceof IOException ? new RequestResentException(sends, cause) : cause;
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  private static HttpRequest.BodyPublisher bodyPublisher(TransportRequest request) {
    if (request.streamingBody().isPresent()) {
      return StreamingPublishers.of(request.streamingBody().get());
    }
    return request.hasBody()
        ? HttpRequest.BodyPublishers.ofByteArray(request.body())
        : HttpRequest.BodyPublishers.noBody();
  }

  /**
   * The JDK request for one exchange.
   *
   * @param jdkTimeout whether the JDK's own timeout (connect and headers) applies; the blocking
   *     path's {@link BlockingDeadline} covers those itself
   */
  private HttpRequest jdkRequest(TransportRequest request, HttpRequest.BodyPublisher body, boolean jdkTimeout) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).method(request.method().name(), body);
    versionFor(request.uri()).ifPresent(builder::version);
    if (jdkTimeout) {
      // Connect and headers; the asynchronous path's own deadline covers the body too.
      request.timeout().ifPresent(builder::timeout);
    }
    request.headers().asMap().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    return builder.build();
  }

  /**
   * The HTTP version of a request, when this transport chooses it: HTTP/1.1 over plain {@code http}
   * on a client this transport made. The JDK client prefers HTTP/2, which over cleartext it can
   * only reach by offering an upgrade ({@code h2c}) in the headers of every request that finds no
   * HTTP/2 connection, and servers seldom accept it; the offer cost a call to a local server about
   * 16 µs (242 → 226 µs per call in the benchmarks' per-call comparison). A client passed to
   * {@link #using} keeps the version its owner set.
   */
  private Optional<HttpClient.Version> versionFor(URI uri) {
    return executor != null && "http".equalsIgnoreCase(uri.getScheme())
        ? Optional.of(HttpClient.Version.HTTP_1_1)
        : Optional.empty();
  }

  private static TransportResponse toTransportResponse(HttpResponse<BufferedBody> response, int sends) {
    BufferedBody body = response.body();
    return new TransportResponse(
        response.statusCode(), toHeaderMap(response.headers()), body.bytes(), body.length(), body.truncated(), sends);
  }

  private static HeaderMap toHeaderMap(HttpHeaders headers) {
    Map<String, List<String>> received = headers.map();
    // HTTP/2 pseudo-headers such as ":status" are framing, not headers a caller asked about.
    if (received.keySet().stream().noneMatch(name -> name.startsWith(":"))) {
      return HeaderMap.of(received);
    }
    Map<String, List<String>> headersOnly = new LinkedHashMap<>(received);
    headersOnly.keySet().removeIf(name -> name.startsWith(":"));
    return HeaderMap.of(headersOnly);
  }


  /** Daemon threads, so that a client nobody closed never keeps the JVM from exiting. */
  private static ExecutorService newExecutor() {
    int transport = TRANSPORTS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    return Executors.newCachedThreadPool(
        runnable -> {
          Thread thread = new Thread(runnable, "specgen-http-" + transport + "-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public String toString() {
    HttpClient current = client;
    return "JdkHttpTransport[" + (current == null ? "closed" : current.version()) + "]";
  }
}
