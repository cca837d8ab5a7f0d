package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specgen.runtime.body.BinaryResponse;
import dev.specgen.runtime.error.NotFoundException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.retry.Sleeper;
import dev.specgen.runtime.testing.RawServer;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The async path against real servers: the blocking call's exceptions, unwrapped, and cancellation. */
class AsyncCallTest {

  private static final Duration MARGIN = Duration.ofSeconds(5);

  private static ApiClientCore core(String baseUrl, RetryPolicy policy) {
    return new ApiClientCore(ClientConfig.builder().baseUrl(baseUrl).retryPolicy(policy)
        .sleeper(Sleeper.system()).build());
  }

  /** Whatever the future itself failed with, as whenComplete sees it. */
  private static Throwable failureOf(CompletableFuture<?> future) {
    CompletableFuture<Throwable> seen = new CompletableFuture<>();
    future.whenComplete((value, error) -> seen.complete(error));
    return seen.orTimeout(10, TimeUnit.SECONDS).join();
  }

  @Test
  void anAsyncFailureIsTheExceptionTheBlockingCallThrowsNotACompletionException() {
    try (TestServer server = TestServer.start()) {
      server.handler(request -> Reply.json(404, "{\"message\":\"nope\"}"));
      ApiClientCore core = core(server.baseUrl(), RetryPolicy.none());
      ApiRequest request = ApiRequest.get("/contacts/1").build();

      Throwable blocking = catchThrowable(() -> core.execute("getContact", request, null, Map.class));
      Throwable body = failureOf(core.executeAsync("getContact", request, null, Map.class));
      Throwable response = failureOf(core.executeWithResponseAsync("getContact", request, null, Map.class));
      Throwable binary = failureOf(core.executeBinaryAsync("getContact", request, null));

      assertThat(blocking).isInstanceOf(NotFoundException.class);
      for (Throwable async : new Throwable[] {body, response, binary}) {
        assertThat(async).isNotInstanceOf(CompletionException.class).hasSameClassAs(blocking)
            .hasMessage(blocking.getMessage());
      }
    }
  }

  @Test
  void theBodyOfABinaryCallFailsUnwrappedToo() {
    try (TestServer server = TestServer.start()) {
      server.handler(request -> Reply.json(404, "{}"));
      CompletableFuture<BinaryResponse> body = ApiClientCore.bodyOf(
          core(server.baseUrl(), RetryPolicy.none()).executeBinaryAsync("download", ApiRequest.get("/f").build(), null));

      assertThat(failureOf(body)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void cancellingAnAsyncCallClosesTheConnectionOfItsExchange() throws Exception {
    try (RawServer server = RawServer.start(AsyncCallTest::neverAnswer)) {
      CompletableFuture<Map> future = core(server.baseUrl(), RetryPolicy.defaults())
          .executeAsync("getThing", ApiRequest.get("/slow").build(), null, Map.class);
      awaitRequests(server, 1);

      assertThat(future.cancel(true)).isTrue();

      assertThat(server.awaitClientClose(MARGIN)).as("the server saw the connection closed").isTrue();
      Thread.sleep(500);
      assertThat(server.requestCount()).as("no retry after a cancellation").isEqualTo(1);
    }
  }

  @Test
  void cancellingTheBodyFutureOfAStreamedCallClosesTheConnection() throws Exception {
    try (RawServer server = RawServer.start(AsyncCallTest::neverAnswer)) {
      CompletableFuture<BinaryResponse> body = ApiClientCore.bodyOf(core(server.baseUrl(), RetryPolicy.defaults())
          .executeBinaryAsync("download", ApiRequest.get("/slow").build(), null));
      awaitRequests(server, 1);

      body.cancel(true);

      assertThat(server.awaitClientClose(MARGIN)).as("the server saw the connection closed").isTrue();
    }
  }

  @Test
  void cancellingDuringTheWaitBeforeARetryStartsNoFurtherAttempt() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.handler(request -> Reply.json(503, "{}").withHeader("Retry-After", "1"));
      CompletableFuture<Map> future = core(server.baseUrl(), RetryPolicy.defaults())
          .executeAsync("getContact", ApiRequest.get("/contacts/1").build(), null, Map.class);
      long deadline = System.nanoTime() + MARGIN.toNanos();
      while (server.requests().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200); // the 503 is in, the one-second wait has begun

      future.cancel(true);
      Thread.sleep(1_500);

      assertThat(server.requests()).as("the retry after Retry-After: 1 never went out").hasSize(1);
      assertThat(future).isCancelled();
    }
  }

  @Test
  void exceptionallySeesTheSpecgenExceptionItself() {
    try (TestServer server = TestServer.start()) {
      server.handler(request -> Reply.json(404, "{}"));
      CompletableFuture<Object> recovered = core(server.baseUrl(), RetryPolicy.none())
          .executeAsync("getContact", ApiRequest.get("/contacts/1").build(), null, Object.class)
          .exceptionally(error -> error instanceof SpecgenException ? "recovered" : error);

      assertThat(recovered.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("recovered");
    }
  }

  private static void neverAnswer(OutputStream out, int requestNumber) throws InterruptedException {
    Thread.sleep(30_000);
  }

  private static void awaitRequests(RawServer server, int count) throws InterruptedException {
    long deadline = System.nanoTime() + MARGIN.toNanos();
    while (server.requestCount() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.requestCount()).isEqualTo(count);
  }
}
