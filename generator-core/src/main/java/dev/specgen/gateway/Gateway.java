package dev.specgen.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A local HTTP server that serves the HTML reference and forwards its "Try it" requests to the API,
 * adding the credentials. Built on the JDK's own HTTP server and client, so the generator ships no
 * web server library.
 *
 * <p>Paths under {@link #PAGES_PREFIX} are the reference's pages; every other path is forwarded,
 * so that a generated client can use the gateway as its base URL too.
 */
public final class Gateway implements AutoCloseable {

  /** Where the reference's pages are served: {@code /_specgen/front/html/index.html}. */
  public static final String PAGES_PREFIX = "/_specgen/";

  private final GatewayConfig config;
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Gateway(GatewayConfig config, HttpServer server, ExecutorService executor) {
    this.config = config;
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts listening. {@code log} receives one line per request (method, path, status, time), never
   * a header, a body or a credential.
   */
  public static Gateway start(GatewayConfig config, Consumer<String> log) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
    ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
      Thread thread = new Thread(runnable, "specgen-gateway");
      thread.setDaemon(true);
      return thread;
    });
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
    Gateway gateway = new Gateway(config, server, executor);
    Cors cors = new Cors(config.allowedOrigins(), server.getAddress().getPort());
    ProxyHandler proxy = new ProxyHandler(config, client, cors, log);
    server.createContext("/", exchange -> {
      if (exchange.getRequestURI().getRawPath().startsWith(PAGES_PREFIX)) {
        gateway.page(exchange, log);
      } else {
        proxy.handle(exchange);
      }
    });
    server.setExecutor(executor);
    server.start();
    return gateway;
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    return "http://" + config.bindAddress() + ":" + port();
  }

  /** What the gateway prints at start for each API: where its reference is and where requests go. */
  public List<String> announcement() {
    List<String> lines = new ArrayList<>();
    lines.add("Specgen gateway: listening on " + baseUrl());
    for (GatewayApi api : config.apis()) {
      lines.add("  " + api.name() + ": " + baseUrl() + PAGES_PREFIX + api.name() + "/html/index.html -> "
          + api.target() + " (" + api.configured().size() + " credentials from the environment)");
    }
    return lines;
  }

  /** Stops listening, lets running exchanges finish for up to a second, and frees the threads; once. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(1);
      executor.shutdownNow();
    }
  }

  private void page(HttpExchange exchange, Consumer<String> log) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PAGES_PREFIX.length());
      String content = config.pages().get(path.endsWith("/") ? path + "index.html" : path);
      boolean read = exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
      int status = !read ? 405 : content == null ? 404 : 200;
      byte[] body = (status == 200 ? content : status == 404 ? "Not found\n" : "Method not allowed\n")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", status == 200 ? contentType(path) : "text/plain; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      log.accept(exchange.getRequestMethod() + " " + PAGES_PREFIX + path + " " + status);
    }
  }

  private static String contentType(String path) {
    if (path.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (path.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (path.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    return path.endsWith(".md") ? "text/markdown; charset=utf-8" : "application/octet-stream";
  }
}
