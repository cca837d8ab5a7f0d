package com.example.conversations;

import com.example.conversations.Settings.ChatwootTarget;
import com.example.conversations.Settings.FrontTarget;
import com.example.conversations.Settings.HighLevelTarget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the four services on 127.0.0.1 (a free port), each under its own path prefix as
 * behind a gateway: {@code /front}, {@code /chatwoot}, {@code /highlevel}, {@code /inquirly}. It
 * answers the operation of each flagship spec with the examples of the providers' reference pages
 * (resources under {@code mock/}), pages like the real service, and checks credentials the way the
 * real service does, answering with the provider's own error body otherwise.
 *
 * <ul>
 *   <li>Front: {@code Authorization: Bearer}; pages of {@code limit} conversations, each page
 *       linking to the next with this server's absolute URL in {@code _pagination.next}.
 *   <li>Chatwoot and Inquirly: header {@code api_access_token}; one response with every
 *       conversation.
 *   <li>HighLevel: {@code Authorization: Bearer} and {@code Version: 2021-04-15}; keyset pages:
 *       {@code limit} conversations (default 20) after {@code startAfterDate}, newest first.
 * </ul>
 */
public final class MockServer implements AutoCloseable {

  public static final String FRONT_TOKEN = "mock-front-token";
  public static final String CHATWOOT_TOKEN = "mock-chatwoot-token";
  public static final String HIGHLEVEL_TOKEN = "mock-highlevel-token";
  public static final String INQUIRLY_TOKEN = "mock-inquirly-token";

  public static final String FRONT_CONTACT = "crd_123";
  public static final int ACCOUNT_ID = 1;
  public static final BigDecimal CONTACT_NUMBER = new BigDecimal(42);
  public static final String HIGHLEVEL_LOCATION = "ABCHkzuJQ8ZMd4Te84GK";
  public static final String HIGHLEVEL_CONTACT = "9VEmS0si86GW6gXWU89b";
  public static final String HIGHLEVEL_VERSION = "2021-04-15";

  private static final Pattern FRONT_PATH = Pattern.compile("/front/contacts/([^/]+)/conversations");
  private static final Pattern CHATWOOT_PATH =
      Pattern.compile("/(chatwoot|inquirly)/api/v1/accounts/([^/]+)/contacts/([^/]+)/conversations");
  private static final String HIGHLEVEL_PATH = "/highlevel/conversations/search";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String origin;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  private MockServer(HttpServer server) {
    this.server = server;
    this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Starts a server on 127.0.0.1 on a free port.
   *
   * @return the running server; close it to stop it
   * @throws IOException if no port can be bound
   */
  public static MockServer start() throws IOException {
    HttpServer http = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    MockServer mock = new MockServer(http);
    http.createContext("/front/", mock.logged(mock::front));
    http.createContext("/chatwoot/", mock.logged(mock::chatwootLike));
    http.createContext("/inquirly/", mock.logged(mock::chatwootLike));
    http.createContext("/highlevel/", mock.logged(mock::highLevel));
    http.start();
    return mock;
  }

  /** This server's scheme, host and port, e.g. {@code http://127.0.0.1:50312}. */
  public String origin() {
    return origin;
  }

  /** The base URL of a provider on this server, e.g. {@code http://127.0.0.1:50312/front}. */
  public String baseUrl(String provider) {
    return origin + "/" + provider;
  }

  /** Front on this server, with the token it accepts and the contact it knows. */
  public FrontTarget front() {
    return new FrontTarget(baseUrl("front"), Optional.of(FRONT_TOKEN), FRONT_CONTACT);
  }

  /** Chatwoot on this server, with the token it accepts and the contact it knows. */
  public ChatwootTarget chatwoot() {
    return new ChatwootTarget(baseUrl("chatwoot"), Optional.of(CHATWOOT_TOKEN), ACCOUNT_ID,
        CONTACT_NUMBER);
  }

  /** HighLevel on this server, with the token it accepts and the contact it knows. */
  public HighLevelTarget highLevel() {
    return new HighLevelTarget(baseUrl("highlevel"), Optional.of(HIGHLEVEL_TOKEN),
        HIGHLEVEL_LOCATION, HIGHLEVEL_CONTACT);
  }

  /** Inquirly on this server, with the token it accepts and the contact it knows. */
  public ChatwootTarget inquirly() {
    return new ChatwootTarget(baseUrl("inquirly"), Optional.of(INQUIRLY_TOKEN), ACCOUNT_ID,
        CONTACT_NUMBER);
  }

  /** One line per request answered so far: method, path and query, status, items returned. */
  public List<String> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** What a handler answers: a status, a JSON body, and how many conversations it holds. */
  private record Reply(int status, JsonNode body, int items) {
    static Reply error(int status, String resource) {
      return new Reply(status, resource(resource), -1);
    }
  }

  private interface Handler {
    Reply handle(HttpExchange exchange);
  }

  private HttpHandler logged(Handler handler) {
    return exchange -> {
      try (exchange) {
        Reply reply;
        try {
          reply = exchange.getRequestMethod().equals("GET")
              ? handler.handle(exchange)
              : new Reply(405, JSON.createObjectNode().put("error", "Method Not Allowed"), -1);
        } catch (RuntimeException e) {
          reply = new Reply(400, JSON.createObjectNode().put("error", "Bad request: " + e), -1);
        }
        byte[] body = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
        String query = exchange.getRequestURI().getRawQuery();
        log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
            + (query == null ? "" : "?" + query) + " -> " + reply.status()
            + (reply.items() >= 0 ? ", " + reply.items() + " conversation(s)" : ""));
      }
    };
  }

  // Emits: {"_pagination": {"next": "<origin>/front/contacts/crd_123/conversations?limit=2&page_token=..."},
  //         "_links": {"self": "..."}, "_results": [ ...limit conversations... ]}
  private Reply front(HttpExchange exchange) {
    if (!bearer(exchange, FRONT_TOKEN)) {
      return Reply.error(401, "front/401.json");
    }
    Matcher path = FRONT_PATH.matcher(exchange.getRequestURI().getRawPath());
    String contact = path.matches() ? decode(path.group(1)) : "";
    if (!contact.equals(FRONT_CONTACT)) {
      ObjectNode notFound = (ObjectNode) resource("front/404.json");
      ((ObjectNode) notFound.get("_error")).put("message", "Unknown contact ID " + contact);
      return new Reply(404, notFound, -1);
    }
    Map<String, String> query = query(exchange);
    int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
    Optional<Integer> offset = pageToken(query.get("page_token"));
    if (limit < 1 || limit > 100 || offset.isEmpty()) {
      ObjectNode bad = JSON.createObjectNode();
      bad.putObject("_error").put("status", 400).put("title", "Bad request")
          .put("message", limit < 1 || limit > 100 ? "limit must be 1 to 100" : "Invalid page token");
      return new Reply(400, bad, -1);
    }
    ArrayNode all = (ArrayNode) resource("front/conversations.json");
    int from = Math.min(offset.get(), all.size());
    int to = Math.min(from + limit, all.size());
    String self = origin + exchange.getRequestURI().getRawPath();
    ObjectNode page = JSON.createObjectNode();
    page.putObject("_pagination").put("next", to < all.size()
        ? self + "?limit=" + limit + "&page_token=" + pageToken(to) : null);
    page.putObject("_links").put("self", self);
    ArrayNode results = page.putArray("_results");
    for (int i = from; i < to; i++) {
      results.add(all.get(i));
    }
    return new Reply(200, page, results.size());
  }

  // Emits: [ ...every conversation of the contact... ]
  private Reply chatwootLike(HttpExchange exchange) {
    Matcher path = CHATWOOT_PATH.matcher(exchange.getRequestURI().getRawPath());
    String provider = exchange.getHttpContext().getPath().replace("/", "");
    String token = provider.equals("chatwoot") ? CHATWOOT_TOKEN : INQUIRLY_TOKEN;
    if (!token.equals(exchange.getRequestHeaders().getFirst("api_access_token"))) {
      return Reply.error(401, provider + "/401.json");
    }
    if (!path.matches() || !path.group(2).equals(String.valueOf(ACCOUNT_ID))
        || !path.group(3).equals(CONTACT_NUMBER.toPlainString())) {
      return Reply.error(404, provider + "/404.json");
    }
    JsonNode all = resource(provider + "/conversations.json");
    return new Reply(200, all, all.size());
  }

  // Emits: {"conversations": [ ...limit conversations after startAfterDate... ], "total": n}
  private Reply highLevel(HttpExchange exchange) {
    if (!bearer(exchange, HIGHLEVEL_TOKEN)) {
      return Reply.error(401, "highlevel/401.json");
    }
    if (!HIGHLEVEL_VERSION.equals(exchange.getRequestHeaders().getFirst("Version"))) {
      return Reply.error(400, "highlevel/400.json");
    }
    Map<String, String> query = query(exchange);
    if (!exchange.getRequestURI().getRawPath().equals(HIGHLEVEL_PATH)) {
      return new Reply(404, JSON.createObjectNode().put("statusCode", 404)
          .put("message", "Cannot GET " + exchange.getRequestURI().getRawPath()), -1);
    }
    if (query.get("locationId") == null) {
      return Reply.error(422, "highlevel/422.json");
    }
    if (!query.get("locationId").equals(HIGHLEVEL_LOCATION)) {
      return new Reply(403, JSON.createObjectNode().put("statusCode", 403)
          .put("message", "The token does not have access to this location."), -1);
    }
    int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
    boolean ascending = "asc".equals(query.get("sort"));
    Optional<Long> after = Optional.ofNullable(query.get("startAfterDate")).map(Long::valueOf);
    List<JsonNode> matching = new ArrayList<>();
    resource("highlevel/conversations.json").forEach(c -> {
      String contact = query.get("contactId");
      if (contact == null || contact.equals(c.get("contactId").asText())) {
        matching.add(c);
      }
    });
    Comparator<JsonNode> byDate = Comparator.comparingLong(c -> c.get("lastMessageDate").asLong());
    matching.sort(ascending ? byDate : byDate.reversed());
    ObjectNode page = JSON.createObjectNode();
    ArrayNode conversations = page.putArray("conversations");
    matching.stream()
        .filter(c -> after.isEmpty() || (ascending
            ? c.get("lastMessageDate").asLong() > after.get()
            : c.get("lastMessageDate").asLong() < after.get()))
        .limit(limit)
        .forEach(conversations::add);
    page.put("total", matching.size());
    return new Reply(200, page, conversations.size());
  }

  private static boolean bearer(HttpExchange exchange, String token) {
    return ("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        query.put(decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return query;
  }

  /** An opaque page token, as Front's are: the offset of the page's first conversation. */
  private static String pageToken(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<Integer> pageToken(String token) {
    if (token == null) {
      return Optional.of(0);
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return text.startsWith("offset:")
          ? Optional.of(Integer.parseInt(text.substring("offset:".length()))) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static JsonNode resource(String name) {
    try (InputStream in = MockServer.class.getResourceAsStream("/mock/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource mock/" + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
