package dev.specgen.emit.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 for the media-type tests: each handler sees the raw exchange, so
 * it can read a body as a stream, answer with a generated stream, or hold a connection open.
 */
final class MediaServer implements AutoCloseable {

  /** Handles one exchange. */
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request whose body was read whole. */
  record Received(String method, String path, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "media-server");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Received> received = new ArrayList<>();

  private MediaServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server with no handlers yet. */
  static MediaServer start() {
    try {
      return new MediaServer();
    } catch (IOException e) {
      throw new AssertionError("cannot start a server on 127.0.0.1", e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves {@code path} with {@code handler}. */
  MediaServer on(String path, Handler handler) {
    server.createContext(path, exchange -> {
      try (exchange) {
        handler.handle(exchange);
      }
    });
    return this;
  }

  /** Serves {@code path} by recording the request whole and answering with a fixed response. */
  MediaServer recording(String path, int status, String contentType, String body) {
    return on(path, exchange -> {
      record(exchange, exchange.getRequestBody().readAllBytes());
      respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    });
  }

  synchronized void record(HttpExchange exchange, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
        headers, body));
  }

  synchronized Received last() {
    if (received.isEmpty()) {
      throw new AssertionError("the server received no request");
    }
    return received.get(received.size() - 1);
  }

  static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Reads a body to its end in small pieces, handing each to {@code sink}; nothing is kept. */
  static long drain(InputStream in, ChunkSink sink) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      sink.accept(buffer, read);
      total += read;
    }
    return total;
  }

  /** Takes the bytes of one read. */
  interface ChunkSink {
    void accept(byte[] buffer, int length);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
