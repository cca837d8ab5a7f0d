package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import dev.specgen.testing.TestServer.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client's per-operation surface against a local server: the raw-response and async
 * views, the path-parameter overloads, list adders and the async pager, all called as user code
 * would call them.
 */
class ClientViewsTest {

  private static final String FRONT_SCENARIO = """
      package test.views;

      import dev.specgen.runtime.ApiResponse;
      import dev.specgen.runtime.retry.RetryPolicy;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.TimeUnit;

      public final class Scenario {
        static FrontClient client(String baseUrl) {
          return FrontClient.builder().baseUrl(baseUrl).bearerToken("t").build();
        }

        public static String raw(String baseUrl) {
          ApiResponse<ConversationPage> response =
              client(baseUrl).withRawResponse().listContactConversations("crd_123");
          return response.status() + "|" + response.headers().first("X-Request-Id").orElse("none") + "|"
              + response.body().results().get(0).id();
        }

        public static String path(String baseUrl) {
          return client(baseUrl).listContactConversations("crd_123").results().get(0).id();
        }

        public static String pathAndParams(String baseUrl) {
          return client(baseUrl).listContactConversations("crd 1/2", params -> params.limit(25))
              .results().get(0).id();
        }

        /** "blocking=<class>, async=<class>": what each form failed with. */
        public static String failures(String baseUrl) {
          FrontClient client = client(baseUrl);
          String blocking;
          try {
            client.listContactConversations("crd_404");
            blocking = "none";
          } catch (RuntimeException e) {
            blocking = e.getClass().getName();
          }
          CompletableFuture<Throwable> seen = new CompletableFuture<>();
          client.async().listContactConversations("crd_404").whenComplete((page, error) -> seen.complete(error));
          Throwable async = seen.orTimeout(10, TimeUnit.SECONDS).join();
          return "blocking=" + blocking + ", async=" + (async == null ? "none" : async.getClass().getName());
        }

        public static CompletableFuture<ConversationPage> startAsync(String baseUrl) {
          return FrontClient.builder().baseUrl(baseUrl).bearerToken("t").retryPolicy(RetryPolicy.defaults()).build()
              .async().listContactConversations("crd_123");
        }

        public static List<String> asyncPager(String baseUrl) {
          List<String> ids = new ArrayList<>();
          client(baseUrl).async().listContactConversationsAll("crd_123", params -> params.limit(2))
              .forEach(conversation -> ids.add(conversation.id()))
              .orTimeout(10, TimeUnit.SECONDS).join();
          return ids;
        }
      }
      """;

  private static final String HIGHLEVEL_SCENARIO = """
      package test.adders;

      public final class Scenario {
        public static void search(String baseUrl) {
          HighLevelClient.builder().baseUrl(baseUrl).build().searchConversations(
              SearchConversationsRequest.builder().locationId("loc")
                  .followers(java.util.List.of("u0")).addFollower("u1").addFollower("u2").build());
        }
      }
      """;

  private static InMemoryCompiler.Compilation front;
  private static Class<?> scenario;
  private final TestServer server = TestServer.start();

  @BeforeAll
  static void compile() {
    front = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("front.yaml"), "test.views",
        Map.of("test/views/Scenario.java", FRONT_SCENARIO));
    scenario = front.loadClass("test.views.Scenario");
  }

  @AfterAll
  static void release() {
    front = null;
    scenario = null;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String page(String id, String next) {
    return "{\"_results\":[{\"id\":\"" + id + "\"}],\"_pagination\":{\"next\":"
        + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  @Test
  void theRawResponseViewGivesStatusHeadersAndTheDecodedBody() {
    server.enqueue(Response.json(200, page("cnv_1", null)).withHeader("X-Request-Id", "req_42"));

    assertThat(Invoke.callStatic(scenario, "raw", server.baseUrl())).isEqualTo("200|req_42|cnv_1");
  }

  @Test
  void thePathParameterOverloadSendsThePath() {
    server.enqueue(Response.json(200, page("cnv_1", null)));

    assertThat(Invoke.callStatic(scenario, "path", server.baseUrl())).isEqualTo("cnv_1");
    assertThat(server.lastRequest().target()).isEqualTo("/contacts/crd_123/conversations");
  }

  @Test
  void thePathAndParamsOverloadSendsTheEncodedPathAndTheOtherParameters() {
    server.enqueue(Response.json(200, page("cnv_2", null)));

    assertThat(Invoke.callStatic(scenario, "pathAndParams", server.baseUrl())).isEqualTo("cnv_2");
    assertThat(server.lastRequest().target()).isEqualTo("/contacts/crd%201%2F2/conversations?limit=25");
  }

  @Test
  void anAsyncCallFailsWithTheExceptionClassTheBlockingCallThrows() {
    server.respondWith(request -> Response.json(404,
        "{\"_error\":{\"status\":404,\"title\":\"Not found\",\"message\":\"no contact\"}}"));

    String failures = (String) Invoke.callStatic(scenario, "failures", server.baseUrl());

    String blocking = failures.substring("blocking=".length(), failures.indexOf(','));
    assertThat(blocking).endsWith("NotFoundException");
    assertThat(failures).isEqualTo("blocking=" + blocking + ", async=" + blocking);
  }

  @Test
  void cancellingAnAsyncCallDuringItsRetryWaitSendsNoFurtherAttempt() throws Exception {
    server.respondWith(request -> Response.json(503, "{}").withHeader("Retry-After", "1"));

    java.util.concurrent.CompletableFuture<?> call =
        (java.util.concurrent.CompletableFuture<?>) Invoke.callStatic(scenario, "startAsync", server.baseUrl());
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.requests().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    call.cancel(true);
    Thread.sleep(1_500);

    assertThat(call).isCancelled();
    assertThat(server.requests()).as("the retry due after Retry-After: 1 was never sent").hasSize(1);
  }

  @Test
  void theAsyncPagerWalksEveryPage() {
    String base = server.baseUrl();
    server.enqueue(Response.json(200, page("cnv_1", base + "/contacts/crd_123/conversations?page_token=p2&limit=2")))
        .enqueue(Response.json(200, page("cnv_2", base + "/contacts/crd_123/conversations?page_token=p3&limit=2")))
        .enqueue(Response.json(200, page("cnv_3", null)));

    assertThat(Invoke.callStatic(scenario, "asyncPager", base)).isEqualTo(List.of("cnv_1", "cnv_2", "cnv_3"));
    assertThat(server.requests()).extracting(TestServer.Request::target).containsExactly(
        "/contacts/crd_123/conversations?limit=2",
        "/contacts/crd_123/conversations?page_token=p2&limit=2",
        "/contacts/crd_123/conversations?page_token=p3&limit=2");
  }

  @Test
  void listAddersAddToWhatTheSetterGaveWithoutChangingThatList() {
    InMemoryCompiler.Compilation highlevel = SpecgenTestKit.compileClient(
        SpecgenTestKit.flagshipSpec("highlevel.yaml"), "test.adders",
        Map.of("test/adders/Scenario.java", HIGHLEVEL_SCENARIO));
    server.enqueue(Response.json(200, "{}"));

    Invoke.callStatic(highlevel.loadClass("test.adders.Scenario"), "search", server.baseUrl());

    assertThat(TestServer.queryPairs(server.lastRequest().rawQuery())).contains("followers=u0,u1,u2");
  }
}
