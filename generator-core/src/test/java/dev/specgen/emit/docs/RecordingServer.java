package dev.specgen.emit.docs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A real HTTP server on 127.0.0.1 and an ephemeral port that records every request. */
public final class RecordingServer implements AutoCloseable {

  /**
   * A request as it arrived.
   *
   * @param target the raw path and query, e.g. {@code /contacts/crd_123/conversations?limit=25}
   * @param headers lower-case names to their values, in name order
   */
  public record Recorded(String method, String target, Map<String, String> headers, String body) {}

  /** A reply: status and JSON body. */
  public record Reply(int status, String json) {}

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Recorded, Reply> handler = r -> new Reply(200, "{}");

  public RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public RecordingServer reply(Function<Recorded, Reply> newHandler) {
    this.handler = newHandler;
    return this;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
        headers, body);
    requests.add(request);
    Reply reply = handler.apply(request);
    byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
