package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import dev.specgen.testing.TestServer.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated clients against a misbehaving server: retries, timeouts, typed errors, undecodable
 * bodies and hostile input, all over real HTTP on 127.0.0.1.
 */
class FaultsTest {

  private static final String TOKEN = "sk-live-very-secret-token";

  private static final String FRONT_SCENARIO = """
      package test.front;

      import dev.specgen.runtime.RequestOptions;
      import dev.specgen.runtime.retry.RetryPolicy;
      import java.time.Duration;

      public final class Scenario {
        public static FrontClient client(String baseUrl, int maxAttempts, long timeoutMillis) {
          return FrontClient.builder()
              .baseUrl(baseUrl)
              .bearerToken("%s")
              .requestTimeout(Duration.ofMillis(timeoutMillis))
              .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts)
                  .initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(20)).build())
              .build();
        }

        public static String firstId(FrontClient client, String contactId) {
          ConversationPage page = client.listContactConversations(
              ListContactConversationsRequest.builder().contactId(contactId).build());
          return page.results().isEmpty() ? "none" : page.results().get(0).id();
        }

        public static ListContactConversationsRequest request(String contactId) {
          return ListContactConversationsRequest.builder().contactId(contactId).build();
        }

        public static void withHeader(String baseUrl, String value) {
          FrontClient client = client(baseUrl, 1, 5000);
          client.listContactConversations(request("crd_1"), RequestOptions.builder().header("X-Note", value).build());
        }
      }
      """.formatted(TOKEN);

  private static final String EMPTY_PAGE = "{\"_pagination\":{\"next\":null},\"_links\":{\"self\":\"x\"},\"_results\":[]}";

  private static InMemoryCompiler.Compilation front;
  private final TestServer server = TestServer.start();

  @BeforeAll
  static void compile() {
    front = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("front.yaml"), "test.front",
        Map.of("test/front/Scenario.java", FRONT_SCENARIO));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Object client(int maxAttempts, long timeoutMillis) {
    return Invoke.callStatic(scenario(), "client", server.baseUrl(), maxAttempts, timeoutMillis);
  }

  private static Class<?> scenario() {
    return front.loadClass("test.front.Scenario");
  }

  private Object firstId(Object client) {
    return Invoke.callStatic(scenario(), "firstId", client, "crd_1");
  }

  @Test
  void retriesA429OnceAfterItsRetryAfterDelay() {
    server.enqueue(Response.json(429, "{}").withHeader("Retry-After", "1"))
        .enqueue(Response.json(200, EMPTY_PAGE));

    long start = System.nanoTime();
    Object id = firstId(client(3, 5000));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(id).isEqualTo("none");
    assertThat(server.requests()).hasSize(2);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void givesUpAfterTheMaximumAttemptsListingEachStatus() {
    server.respondWith(request -> Response.json(503, "{\"_error\":{\"status\":503}}"));

    assertThatThrownBy(() -> firstId(client(3, 5000)))
        .isInstanceOfSatisfying(ApiException.class, e ->
            assertThat(e.getClass().getSimpleName()).as("503 is not declared").isEqualTo("FrontApiException"))
        .hasMessageContaining("503, 503, 503");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void retriesAGetAfterTheConnectionIsReset() {
    // The JDK's HttpClient itself retries a GET once on a closed connection; three drops in a row
    // get past it, so the success below needs the client's own retries.
    server.enqueue(Response.dropped()).enqueue(Response.dropped()).enqueue(Response.dropped())
        .enqueue(Response.json(200, EMPTY_PAGE));

    assertThat(firstId(client(4, 5000))).isEqualTo("none");
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void aDroppedConnectionWithoutRetriesIsAConnectionError() {
    server.respondWith(request -> Response.dropped());

    assertThatThrownBy(() -> firstId(client(1, 5000))).isInstanceOf(ApiConnectionException.class);
  }

  @Test
  void aSlowResponseTimesOutWithinTheConfiguredBound() {
    server.respondWith(request -> Response.json(200, EMPTY_PAGE).withDelay(Duration.ofSeconds(3)));

    long start = System.nanoTime();
    assertThatThrownBy(() -> firstId(client(1, 300))).isInstanceOf(ApiTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void htmlInA200IsAClearDecodeError() {
    server.enqueue(new Response(200, Map.of("Content-Type", "text/html"),
        "<html><body>Gateway login</body></html>", Duration.ZERO, false));

    assertThatThrownBy(() -> firstId(client(1, 5000)))
        .isInstanceOf(ResponseDecodeException.class)
        .hasMessageContaining("listContactConversations")
        .hasMessageContaining("<html><body>Gateway login");
  }

  @Test
  void errorStatusesRaiseTheirTypedExceptionWithTheParsedBody() {
    String body = "{\"_error\":{\"status\":%d,\"title\":\"T\",\"message\":\"M%d\"}}";
    Map<Integer, String> expected = Map.of(
        401, "FrontUnauthorizedException", 403, "FrontForbiddenException", 404, "FrontNotFoundException");
    expected.forEach((status, type) -> {
      server.enqueue(Response.json(status, body.formatted(status, status)));
      assertThatThrownBy(() -> firstId(client(1, 5000)))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.getClass().getSuperclass().getSimpleName()).isEqualTo("FrontApiException");
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errorBody()).isNotNull();
            assertThat(e.errorBody().getClass().getSimpleName()).isEqualTo("ErrorResponse");
            assertThat(Invoke.call(e, "body")).isSameAs(e.errorBody());
            assertThat(e.bodyText()).contains("M" + status);
          });
    });
  }

  @Test
  void highLevel422CarriesItsTypedBody() {
    InMemoryCompiler.Compilation highLevel = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("highlevel.yaml"),
        "test.highlevel", Map.of("test/highlevel/Scenario.java", """
            package test.highlevel;
            public final class Scenario {
              public static Object search(String baseUrl) {
                return HighLevelClient.builder().baseUrl(baseUrl).bearerToken("t").build()
                    .searchConversations(SearchConversationsRequest.builder().locationId("loc").build());
              }
            }
            """));
    server.enqueue(Response.json(422, "{\"statusCode\":422,\"message\":[\"locationId is invalid\"],\"error\":\"Unprocessable Entity\"}"));

    assertThatThrownBy(() -> Invoke.callStatic(highLevel.loadClass("test.highlevel.Scenario"), "search", server.baseUrl()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo("HighLevelUnprocessableEntityException");
          assertThat(Invoke.call(e, "body").getClass().getSimpleName()).isEqualTo("UnprocessableEntityError");
        });
  }

  @Test
  void aHostileContactIdStaysInsideItsPathSegment() {
    server.enqueue(Response.json(200, EMPTY_PAGE));

    Invoke.callStatic(scenario(), "firstId", client(1, 5000), "../../admin?x=1#y");

    assertThat(server.lastRequest().target())
        .isEqualTo("/contacts/..%2F..%2Fadmin%3Fx%3D1%23y/conversations");
  }

  @Test
  void aHeaderValueWithCarriageReturnOrLineFeedIsRefused() {
    assertThatThrownBy(() -> Invoke.callStatic(scenario(), "withHeader", server.baseUrl(), "a\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Note");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theTokenNeverAppearsInMessagesOrToString() {
    server.respondWith(request -> Response.json(401, "{\"_error\":{\"message\":\"bad token " + TOKEN + "\"}}"));
    Object client = client(1, 5000);

    assertThatThrownBy(() -> firstId(client))
        .isInstanceOfSatisfying(SpecgenException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(TOKEN);
          assertThat(e.toString()).doesNotContain(TOKEN);
        });
    assertThat(client.toString()).doesNotContain(TOKEN);
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }
}
