package dev.specgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port. Replies come from a queue, or from a
 * handler function when the queue is empty; every request is recorded.
 */
public final class TestServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final ConcurrentLinkedQueue<Reply> queue = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private volatile Function<RecordedRequest, Reply> handler = request -> Reply.status(404, "no reply scripted");

  private TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "test-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server. */
  public static TestServer start() {
    try {
      return new TestServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Queues replies, served in order before the handler is consulted. */
  public TestServer enqueue(Reply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  /** Sets the reply function used when the queue is empty. */
  public TestServer handler(Function<RecordedRequest, Reply> handler) {
    this.handler = handler;
    return this;
  }

  /** The server's root URL, e.g. {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The server's port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Every request received so far. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The only or last request received. */
  public RecordedRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new AssertionError("The server received no request");
    }
    return requests.get(requests.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      RecordedRequest request = record(exchange);
      requests.add(request);
      Reply queued = queue.poll();
      Reply reply = queued != null ? queued : handler.apply(request);
      send(exchange, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static RecordedRequest record(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    return new RecordedRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI(),
        Map.copyOf(exchange.getRequestHeaders()),
        new String(body, StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
    if (!reply.delay().isZero()) {
      Thread.sleep(reply.delay().toMillis());
    }
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** A request as the server saw it; {@link #uri()} is the raw request target. */
  public record RecordedRequest(String method, URI uri, Map<String, List<String>> headers, String body) {

    /** The first value of a header, or null; the server capitalizes header names. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }

    /** The raw path, exactly as sent. */
    public String rawPath() {
      return uri.getRawPath();
    }

    /** The raw query, exactly as sent, or null. */
    public String rawQuery() {
      return uri.getRawQuery();
    }
  }

  /** A scripted reply. */
  public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

    /** A JSON reply. */
    public static Reply json(int status, String json) {
      return new Reply(status, Map.of("Content-Type", "application/json"), json, Duration.ZERO);
    }

    /** A reply with a plain-text body. */
    public static Reply status(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "text/plain"), body, Duration.ZERO);
    }

    /** A copy with one more header. */
    public Reply withHeader(String name, String value) {
      Map<String, String> copy = new java.util.HashMap<>(headers);
      copy.put(name, value);
      return new Reply(status, Map.copyOf(copy), body, delay);
    }

    /** A copy sent only after a delay. */
    public Reply after(Duration wait) {
      return new Reply(status, headers, body, wait);
    }
  }
}
