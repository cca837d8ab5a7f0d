package dev.specgen.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.specgen.ir.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Forwards one request to the API: checks the origin and the target, limits the body, strips
 * hop-by-hop and gateway headers, adds the credentials ({@link CredentialInjector}), and answers
 * upstream failures with a JSON error (502, or 504 for a timeout). Path and query go through as
 * they came, encoded bytes included.
 */
final class ProxyHandler {

  static final String TARGET_HEADER = "X-Specgen-Target";
  static final String SPEC_HEADER = "X-Specgen-Spec";

  /** Headers that describe one connection, not the message (RFC 9110 section 7.6.1), and those the client sets itself. */
  private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
      "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade",
      "host", "content-length", "expect", "origin", "referer", "http2-settings");

  private final GatewayConfig config;
  private final HttpClient client;
  private final Cors cors;
  private final Consumer<String> log;

  ProxyHandler(GatewayConfig config, HttpClient client, Cors cors, Consumer<String> log) {
    this.config = config;
    this.client = client;
    this.cors = cors;
    this.log = log;
  }

  void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    int status;
    try (exchange) {
      status = answer(exchange);
    }
    log.accept(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " " + status + " "
        + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  private int answer(HttpExchange exchange) throws IOException {
    Headers request = exchange.getRequestHeaders();
    String origin = request.getFirst("Origin");
    if (!cors.allows(origin)) {
      return error(exchange, null, 403, "origin_not_allowed", "This gateway does not answer pages from " + origin
          + "; start it with --allow-origin " + origin + " to allow them.");
    }
    if (exchange.getRequestMethod().equals("OPTIONS") && request.getFirst("Access-Control-Request-Method") != null) {
      cors.addTo(exchange.getResponseHeaders(), origin);
      cors.addPreflight(request, exchange.getResponseHeaders());
      exchange.sendResponseHeaders(204, -1);
      return 204;
    }
    Optional<GatewayApi> api = api(request.getFirst(SPEC_HEADER));
    if (api.isEmpty()) {
      return error(exchange, origin, 400, "unknown_api", "Name the API in " + SPEC_HEADER + ": one of "
          + config.apis().stream().map(GatewayApi::name).toList() + ".");
    }
    String targetHeader = request.getFirst(TARGET_HEADER);
    Optional<URI> target = targetHeader == null ? Optional.of(api.get().target()) : parse(targetHeader);
    if (target.isEmpty() || !api.get().allowedTargets().contains(target.get())) {
      return error(exchange, origin, 403, "target_not_allowed", "The gateway forwards only to "
          + api.get().allowedTargets().stream().map(URI::toString).sorted().toList() + ".");
    }
    byte[] body = readLimited(exchange.getRequestBody(), config.maxRequestBytes());
    if (body == null) {
      return error(exchange, origin, 413, "request_too_large", "The request body is larger than "
          + config.maxRequestBytes() + " bytes.");
    }
    return forward(exchange, origin, api.get(), target.get(), body);
  }

  private static Optional<URI> parse(String url) {
    try {
      return Optional.of(URI.create(stripSlash(url.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private int forward(HttpExchange exchange, String origin, GatewayApi api, URI target, byte[] body)
      throws IOException {
    CredentialInjector.Injection injection = CredentialInjector.injection(api, exchange.getRequestHeaders());
    HttpRequest.Builder upstream = HttpRequest.newBuilder(upstreamUri(exchange.getRequestURI(), target, injection))
        .timeout(config.responseTimeout())
        .method(exchange.getRequestMethod(), body.length == 0
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!NOT_FORWARDED.contains(lower) && !CredentialInjector.isGatewayHeader(lower)
          && injection.headers().keySet().stream().noneMatch(name::equalsIgnoreCase)) {
        values.forEach(value -> upstream.header(name, value));
      }
    });
    injection.headers().forEach(upstream::setHeader);
    HttpResponse<InputStream> response;
    try {
      response = client.send(upstream.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      return error(exchange, origin, 504, "upstream_timeout", "Connecting to " + host(target) + " timed out.");
    } catch (HttpTimeoutException e) {
      return error(exchange, origin, 504, "upstream_timeout", host(target) + " did not answer within "
          + config.responseTimeout().toSeconds() + " s.");
    } catch (ConnectException e) {
      return error(exchange, origin, 502, "upstream_unreachable", "Cannot connect to " + host(target) + ".");
    } catch (IOException e) {
      return error(exchange, origin, 502, "upstream_failed", "The request to " + host(target) + " failed.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(exchange, origin, 502, "upstream_failed", "The gateway is stopping.");
    }
    return relay(exchange, origin, target, response);
  }

  private int relay(HttpExchange exchange, String origin, URI target, HttpResponse<InputStream> response)
      throws IOException {
    byte[] body;
    try (InputStream in = response.body()) {
      body = readLimited(in, config.maxResponseBytes());
    } catch (IOException e) {
      return error(exchange, origin, 502, "upstream_failed", "The answer of " + host(target) + " broke off.");
    }
    if (body == null) {
      return error(exchange, origin, 502, "response_too_large", "The answer of " + host(target) + " is larger than "
          + config.maxResponseBytes() + " bytes.");
    }
    Headers headers = exchange.getResponseHeaders();
    response.headers().map().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!NOT_FORWARDED.contains(lower) && !lower.startsWith("access-control-") && !lower.equals(":status")) {
        headers.put(name, List.copyOf(values));
      }
    });
    cors.addTo(headers, origin);
    boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
        || response.statusCode() == 304;
    exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return response.statusCode();
  }

  private Optional<GatewayApi> api(String name) {
    if (name == null) {
      return config.apis().size() == 1 ? Optional.of(config.apis().get(0)) : Optional.empty();
    }
    return config.apis().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The target's base URL, then the request's raw path and query, then any query credential. */
  private static URI upstreamUri(URI request, URI target, CredentialInjector.Injection injection) {
    StringBuilder query = new StringBuilder(request.getRawQuery() == null ? "" : request.getRawQuery());
    for (String pair : injection.queryPairs()) {
      query.append(query.length() == 0 ? "" : "&").append(pair);
    }
    return URI.create(target + request.getRawPath() + (query.length() == 0 ? "" : "?" + query));
  }

  /** At most {@code limit} bytes; null when there are more. */
  static byte[] readLimited(InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return bytes.length > limit ? null : bytes;
  }

  private int error(HttpExchange exchange, String origin, int status, String code, String message)
      throws IOException {
    exchange.getRequestBody().close();
    if (origin != null && cors.allows(origin)) {
      cors.addTo(exchange.getResponseHeaders(), origin);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("error", code);
    json.put("message", message);
    byte[] body = (new JsonValue(json).toJson() + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    return status;
  }

  private static String host(URI target) {
    return target.getScheme() + "://" + target.getAuthority();
  }

  static String stripSlash(String url) {
    String out = url;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

}
