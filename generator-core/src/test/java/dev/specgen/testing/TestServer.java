package dev.specgen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The tests' one local HTTP server, on 127.0.0.1 and an ephemeral port: it records every request
 * and answers from a queue of canned responses (or a function of the request). Generated
 * clients, docs snippets and the gateway all talk to it; nothing is mocked below the socket, so
 * what a test sees is what a real server would see.
 */
public final class TestServer implements AutoCloseable {

  /**
   * A request as it arrived.
   *
   * @param target the raw path and query as sent on the wire, e.g. {@code /contacts/c1?limit=25}
   * @param headers lower-case names to their values (repeated values joined by commas), in name order
   */
  public record Request(String method, String target, Map<String, String> headers, String body) {

    /** A header's value, its name matched ignoring case; null when absent. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String rawPath() {
      int question = target.indexOf('?');
      return question < 0 ? target : target.substring(0, question);
    }

    public String rawQuery() {
      int question = target.indexOf('?');
      return question < 0 ? "" : target.substring(question + 1);
    }
  }

  /** A canned answer; {@code delay} is waited before answering, {@code dropConnection} closes it without one. */
  public record Response(int status, Map<String, String> headers, String body, Duration delay, boolean dropConnection) {

    public static Response json(int status, String body) {
      return new Response(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO, false);
    }

    public static Response dropped() {
      return new Response(0, Map.of(), "", Duration.ZERO, true);
    }

    public Response withHeader(String name, String value) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put(name, value);
      return new Response(status, all, body, delay, dropConnection);
    }

    public Response withDelay(Duration wait) {
      return new Response(status, headers, body, wait, dropConnection);
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Response> queue = new ConcurrentLinkedQueue<>();
  private volatile Function<Request, Response> fallback =
      request -> Response.json(500, "{\"error\":\"no response queued\"}");

  private TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  /** Starts a server; it answers 500 to any request until responses are queued or a responder is set. */
  public static TestServer start() {
    try {
      return new TestServer();
    } catch (IOException e) {
      throw new AssertionError("cannot start a server on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next request with {@code response}; queued answers are used in order. */
  public TestServer enqueue(Response response) {
    queue.add(response);
    return this;
  }

  /** Answers requests with no queued response by calling {@code responder}. */
  public TestServer respondWith(Function<Request, Response> responder) {
    this.fallback = responder;
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public Request lastRequest() {
    if (requests.isEmpty()) {
      throw new AssertionError("the server received no request");
    }
    return requests.get(requests.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
        headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    requests.add(request);
    Response response = queue.poll();
    if (response == null) {
      response = fallback.apply(request);
    }
    respond(exchange, response);
  }

  private static void respond(HttpExchange exchange, Response response) throws IOException {
    try {
      if (!response.delay().isZero()) {
        Thread.sleep(response.delay().toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (response.dropConnection()) {
      exchange.close(); // no status line: the client sees the connection end
      return;
    }
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Splits a raw query into decoded-free {@code name=value} pairs, in order. */
  public static List<String> queryPairs(String rawQuery) {
    List<String> pairs = new ArrayList<>();
    if (!rawQuery.isEmpty()) {
      pairs.addAll(List.of(rawQuery.split("&")));
    }
    return pairs;
  }
}
