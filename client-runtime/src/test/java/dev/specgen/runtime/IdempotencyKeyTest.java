package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.error.ServerErrorException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.RecordingSleeper;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.RecordedRequest;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With an idempotency key header configured, each POST or PATCH call carries one fresh key, the
 * same on every attempt, and is retried like a GET; without it a POST is never retried.
 */
class IdempotencyKeyTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClientCore core(Consumer<ClientConfig.Builder> customize) {
    ClientConfig.Builder builder = ClientConfig.builder()
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .sleeper(new RecordingSleeper());
    customize.accept(builder);
    return new ApiClientCore(builder.build());
  }

  private static ApiRequest create(HttpMethod method) {
    return ApiRequest.builder(method, "/messages").jsonBody(Map.of("text", "hello")).build();
  }

  @Test
  void aPostIsRetriedWithTheSameKeyOnEveryAttempt() {
    server.enqueue(Reply.status(503, "busy"), Reply.status(502, "bad gateway"), Reply.json(201, "{\"id\":\"msg_1\"}"));

    try (ApiClientCore core = core(config -> config.idempotencyKeyHeader("Idempotency-Key"))) {
      core.execute("createMessage", create(HttpMethod.POST), null, Map.class);
    }

    assertThat(server.requests()).hasSize(3).allSatisfy(request -> assertThat(request.method()).isEqualTo("POST"));
    String key = server.requests().get(0).header("Idempotency-Key");
    assertThat(UUID.fromString(key)).isNotNull();
    assertThat(server.requests()).extracting(request -> request.header("Idempotency-Key")).containsOnly(key);
  }

  @Test
  void eachCallHasItsOwnKeyAndPatchIsKeyedToo() {
    server.handler(request -> Reply.json(200, "{}"));

    try (ApiClientCore core = core(config -> config.idempotencyKeyHeader("Idempotency-Key"))) {
      core.execute("createMessage", create(HttpMethod.POST), null, Map.class);
      core.execute("updateMessage", create(HttpMethod.PATCH), null, Map.class);
      core.execute("listMessages", ApiRequest.builder(HttpMethod.GET, "/messages").build(), null, Map.class);
    }

    assertThat(server.requests().get(0).header("Idempotency-Key"))
        .isNotNull().isNotEqualTo(server.requests().get(1).header("Idempotency-Key"));
    assertThat(server.requests().get(1).header("Idempotency-Key")).isNotNull();
    assertThat(server.requests().get(2).header("Idempotency-Key")).as("GET needs no key").isNull();
  }

  @Test
  void aKeyTheCallSetsItselfIsKeptOnEveryAttempt() {
    server.enqueue(Reply.status(503, "busy"), Reply.json(201, "{}"));
    RequestOptions options = RequestOptions.builder().header("Idempotency-Key", "order-42").build();

    try (ApiClientCore core = core(config -> config.idempotencyKeyHeader("Idempotency-Key"))) {
      core.execute("createMessage", create(HttpMethod.POST), options, Map.class);
    }

    assertThat(server.requests()).extracting(request -> request.header("Idempotency-Key"))
        .containsExactly("order-42", "order-42");
  }

  @Test
  void withoutTheOptionAPostIsNotRetriedAndCarriesNoKey() {
    server.enqueue(Reply.status(503, "busy"), Reply.json(201, "{}"));

    try (ApiClientCore core = core(config -> {})) {
      assertThatThrownBy(() -> core.execute("createMessage", create(HttpMethod.POST), null, Map.class))
          .isInstanceOf(ServerErrorException.class);
    }

    assertThat(server.requests()).singleElement()
        .extracting(request -> request.header("Idempotency-Key")).isNull();
  }

  @Test
  void theKeyedPostIsRetriedOnTheAsyncPathToo() {
    server.enqueue(Reply.status(503, "busy"), Reply.json(201, "{}"));

    try (ApiClientCore core = core(config -> config.idempotencyKeyHeader("Idempotency-Key"))) {
      core.executeAsync("createMessage", create(HttpMethod.POST), null, Map.class).join();
    }

    assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("POST", "POST");
    assertThat(server.requests().get(0).header("Idempotency-Key"))
        .isEqualTo(server.requests().get(1).header("Idempotency-Key"));
  }
}
