package dev.specgen.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.SecurityScheme;
import dev.specgen.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway against recording servers on 127.0.0.1: forwarding, credentials, CORS, limits and failures. */
class GatewayTest {

  private static final String SECRET = "s3cret-configured-token";
  private static final SecurityScheme BEARER = new SecurityScheme("bearerAuth", SecurityScheme.Kind.BEARER, null, "", "");
  private static final SecurityScheme API_KEY = new SecurityScheme("apiKey", SecurityScheme.Kind.API_KEY,
      SecurityScheme.ApiKeyLocation.HEADER, "api_access_token", "");

  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  @Test
  void forwardsPathAndQueryAsTheyCameAndAddsConfiguredCredentials() throws Exception {
    TestServer upstream = upstream();
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(upstream, Map.of("bearerAuth", SECRET))), Map.of(), 0));

    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
            + "/contacts/crd_123/conversations?q%5Bstatuses%5D=assigned&q%5Bstatuses%5D=archived&limit=25"))
        .header("Accept", "application/json")
        .header("X-Specgen-Credential-bearerAuth", "from-the-page"));

    assertThat(response.statusCode()).isEqualTo(200);
    TestServer.Request sent = upstream.requests().get(0);
    assertThat(sent.target()).isEqualTo("/contacts/crd_123/conversations?q%5Bstatuses%5D=assigned"
        + "&q%5Bstatuses%5D=archived&limit=25");
    assertThat(sent.headers()).containsEntry("authorization", "Bearer " + SECRET)
        .containsEntry("accept", "application/json")
        .doesNotContainKeys("x-specgen-credential-bearerauth");
    assertThat(response.body()).doesNotContain(SECRET);
    assertThat(response.headers().map().toString()).doesNotContain(SECRET);
    assertThat(logOnceItHas("GET /contacts/crd_123/conversations 200")).doesNotContain(SECRET);
  }

  @Test
  void usesThePagesCredentialsWhereNoneIsConfiguredAndDropsTheGatewayHeaders() throws Exception {
    TestServer upstream = upstream();
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(upstream, Map.of())), Map.of(), 0));

    send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/accounts/7"))
        .header("X-Specgen-Schemes", "apiKey")
        .header("X-Specgen-Spec", "test")
        .header("X-Specgen-Credential-apiKey", "page-key")
        .header("X-Specgen-Credential-bearerAuth", "not-requested"));

    TestServer.Request sent = upstream.requests().get(0);
    assertThat(sent.headers()).containsEntry("api_access_token", "page-key").doesNotContainKey("authorization");
    assertThat(sent.headers().keySet()).noneMatch(name -> name.startsWith("x-specgen-"));
    assertThat(logOnceItHas("GET /accounts/7")).doesNotContain("page-key");
  }

  @Test
  void refusesATargetThatIsNotAllowedAndSendsNothing() throws Exception {
    TestServer allowed = upstream();
    TestServer other = upstream();
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(allowed, Map.of("bearerAuth", SECRET))), Map.of(), 0));

    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/anything"))
        .header("X-Specgen-Target", other.baseUrl()));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).startsWith("{\"error\":\"target_not_allowed\",\"message\":\"The gateway forwards only to [")
        .contains(allowed.baseUrl()).doesNotContain(SECRET);
    assertThat(other.requests()).isEmpty();
    assertThat(allowed.requests()).isEmpty();
  }

  @Test
  void answersPreflightRequestsForPagesFromDiskAndRefusesOtherSites() throws Exception {
    TestServer upstream = upstream();
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(upstream, Map.of())), Map.of(), 0));

    HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/contacts"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "null")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization, x-specgen-credential-bearerauth"));
    HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/contacts"))
        .header("Origin", "https://evil.example"));

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("null");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue(Cors.ALLOWED_METHODS);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("authorization, x-specgen-credential-bearerauth");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("origin_not_allowed");
    assertThat(upstream.requests()).isEmpty();
  }

  @Test
  void reportsAnUpstreamThatIsDownAs502Json() throws Exception {
    TestServer upstream = upstream();
    GatewayApi api = api(upstream, Map.of("bearerAuth", SECRET));
    upstream.close(); // nothing listens there any more
    Gateway gateway = gateway(GatewayConfig.of(List.of(api), Map.of(), 0));

    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/contacts")));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).isEqualTo("{\"error\":\"upstream_unreachable\",\"message\":\"Cannot connect to "
        + upstream.baseUrl() + ".\"}\n");
  }

  @Test
  void reportsASlowUpstreamAs504Json() throws Exception {
    TestServer upstream = upstream().respondWith(r -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestServer.Response.json(200, "{}");
    });
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(upstream, Map.of())), Map.of(), 0)
        .withLimits(100, 100, Duration.ofSeconds(1), Duration.ofMillis(500)));

    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/slow")));

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).startsWith("{\"error\":\"upstream_timeout\"");
  }

  @Test
  void refusesABodyOverTheLimitWith413AndAnAnswerOverTheLimitWith502() throws Exception {
    TestServer upstream = upstream().respondWith(r -> TestServer.Response.json(200, "x".repeat(200)));
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(upstream, Map.of())), Map.of(), 0)
        .withLimits(100, 100, Duration.ofSeconds(1), Duration.ofSeconds(5)));

    HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/upload"))
        .POST(HttpRequest.BodyPublishers.ofString("y".repeat(101))));
    HttpResponse<String> answerTooLarge = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/download"))
        .POST(HttpRequest.BodyPublishers.ofString("y".repeat(100))));

    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("\"request_too_large\"");
    assertThat(upstream.requests()).extracting(TestServer.Request::target).containsExactly("/download");
    assertThat(answerTooLarge.statusCode()).isEqualTo(502);
    assertThat(answerTooLarge.body()).contains("\"response_too_large\"");
  }

  @Test
  void servesTheReferencePagesAndStripsHopByHopHeaders() throws Exception {
    TestServer upstream = upstream();
    Gateway gateway = gateway(GatewayConfig.of(List.of(api(upstream, Map.of())),
        Map.of("test/html/index.html", "<!DOCTYPE html><title>x</title>"), 0));

    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
        + Gateway.PAGES_PREFIX + "test/html/index.html")));
    HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
        + Gateway.PAGES_PREFIX + "test/html/nothing.html")));
    send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/x")).header("Keep-Alive", "timeout=5")
        .header("Proxy-Authorization", "Basic abc").header("TE", "trailers"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).isEqualTo("<!DOCTYPE html><title>x</title>");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(upstream.requests().get(0).headers()).doesNotContainKeys("keep-alive", "proxy-authorization", "te");
  }

  @Test
  void bindsToLoopbackAndStopsCleanly() throws Exception {
    TestServer upstream = upstream();
    Gateway gateway = Gateway.start(GatewayConfig.of(List.of(api(upstream, Map.of())), Map.of(), 0), log::add);
    int port = gateway.port();
    assertThat(port).isPositive();
    assertThat(gateway.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
    gateway.close();

    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
      throw new AssertionError("the port still accepts connections");
    } catch (IOException expected) {
      assertThat(expected).isInstanceOf(java.net.ConnectException.class);
    }
  }

  private TestServer upstream() throws IOException {
    TestServer server = TestServer.start().respondWith(r -> TestServer.Response.json(200, "{}"));
    open.add(server);
    return server;
  }

  private GatewayApi api(TestServer upstream, Map<String, String> configured) {
    URI target = URI.create(upstream.baseUrl());
    return new GatewayApi("test", target, Set.of(target), List.of(BEARER, API_KEY), configured);
  }

  private Gateway gateway(GatewayConfig config) throws IOException {
    Gateway gateway = Gateway.start(config, log::add);
    open.add(0, gateway);
    return gateway;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The gateway's log once it holds {@code line}: a request is logged when its exchange has closed,
   * which can be just after the client has read the response.
   */
  private String logOnceItHas(String line) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    String text = String.join("\n", log);
    while (!text.contains(line) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      text = String.join("\n", log);
    }
    assertThat(text).contains(line);
    return text;
  }
}
