package dev.specgen.runtime;

import static dev.specgen.runtime.ApiClientCoreTest.catchFrom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.Attempt;
import dev.specgen.runtime.error.ServerErrorException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.error.TooManyRequestsException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.RecordingSleeper;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {

  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  private final TestServer server = TestServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  /** Jitter pinned to its maximum so every backoff equals its ceiling: 100 ms, 200 ms, 400 ms... */
  private final RetryPolicy policy =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofMillis(100))
          .maxBackoff(Duration.ofSeconds(10))
          .maxTotalDelay(Duration.ofSeconds(30))
          .jitter(() -> 1.0)
          .build();

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClientCore core(Consumer<ClientConfig.Builder> customize) {
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl(server.baseUrl())
            .retryPolicy(policy)
            .sleeper(sleeper)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .requestTimeout(Duration.ofSeconds(5));
    customize.accept(builder);
    return new ApiClientCore(builder.build());
  }

  private ApiClientCore core() {
    return core(builder -> {});
  }

  private static ApiRequest request(HttpMethod method) {
    return ApiRequest.builder(method, "/contacts/1").build();
  }

  private Map<?, ?> get(ApiClientCore core, RequestOptions options) {
    return core.execute("getContact", request(HttpMethod.GET), options, Map.class);
  }

  @Test
  void transientFailuresAreRetriedWithExponentialBackoff() {
    server.enqueue(Reply.status(503, ""), Reply.status(502, ""), Reply.json(200, "{\"id\":\"c1\"}"));

    Map<?, ?> body = get(core(), null);

    assertThat(body.get("id")).isEqualTo("c1");
    assertThat(server.requests()).hasSize(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void eachRetryableStatusIsRetried(int status) {
    server.enqueue(Reply.status(status, ""), Reply.json(200, "{}"));

    get(core(), null);

    assertThat(server.requests()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 409, 422, 501})
  void otherStatusesAreNotRetried(int status) {
    server.enqueue(Reply.status(status, ""), Reply.json(200, "{}"));

    catchFrom(() -> get(core(), null));

    assertThat(server.requests()).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void exhaustedRetriesRaiseTheLastResponsesExceptionListingEveryAttempt() {
    server.handler(request -> Reply.status(503, "unavailable"));

    SpecgenException thrown = catchFrom(() -> get(core(), null));

    assertThat(thrown).isInstanceOf(ServerErrorException.class);
    assertThat(thrown.getMessage()).contains("gave up after 3 attempts: 503, 503, 503");
    assertThat(thrown.attempts()).extracting(Attempt::toString).containsExactly("503", "503", "503");
    assertThat(((ServerErrorException) thrown).status()).isEqualTo(503);
  }

  @ParameterizedTest
  @EnumSource(value = HttpMethod.class, names = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
  void idempotentMethodsAreRetried(HttpMethod method) {
    server.enqueue(Reply.status(503, ""), Reply.json(200, "{}"));

    core().execute("op", request(method), null, Void.class);

    assertThat(server.requests()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(value = HttpMethod.class, names = {"POST", "PATCH"})
  void nonIdempotentMethodsAreNotRetriedByDefault(HttpMethod method) {
    server.enqueue(Reply.status(503, ""), Reply.json(200, "{}"));

    catchFrom(() -> core().execute("op", request(method), null, Void.class));

    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void nonIdempotentRetriesCanBeEnabled() {
    server.enqueue(Reply.status(503, ""), Reply.json(200, "{}"));
    ApiClientCore core = core(builder -> builder.retryPolicy(policy.toBuilder().retryNonIdempotent(true).build()));

    core.execute("createContact", request(HttpMethod.POST), null, Void.class);

    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void retryAfterInSecondsReplacesTheBackoff() {
    server.enqueue(Reply.status(429, "").withHeader("Retry-After", "7"), Reply.json(200, "{}"));

    get(core(), null);

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClock() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atOffset(ZoneOffset.UTC));
    server.enqueue(Reply.status(503, "").withHeader("Retry-After", date), Reply.json(200, "{}"));

    get(core(), null);

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterBeyondTheTotalDelayLimitEndsRetrying() {
    server.enqueue(Reply.status(429, "slow down").withHeader("Retry-After", "120"), Reply.json(200, "{}"));

    SpecgenException thrown = catchFrom(() -> get(core(), null));

    assertThat(thrown).isInstanceOf(TooManyRequestsException.class);
    assertThat(server.requests()).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void computedBackoffIsShortenedToFitTheTotalDelayLimitAndRetryingStopsWhenItIsSpent() {
    server.handler(request -> Reply.status(503, ""));
    RetryPolicy tight =
        policy.toBuilder().maxAttempts(5).initialBackoff(Duration.ofMillis(400)).maxTotalDelay(Duration.ofMillis(1000)).build();

    SpecgenException thrown = catchFrom(() -> get(core(builder -> builder.retryPolicy(tight)), null));

    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(400), Duration.ofMillis(600));
    assertThat(thrown.attempts()).hasSize(3);
  }

  @Test
  void retriesCanBeSwitchedOff() {
    server.handler(request -> Reply.status(503, ""));

    SpecgenException thrown = catchFrom(() -> get(core(builder -> builder.retryPolicy(RetryPolicy.none())), null));

    assertThat(server.requests()).hasSize(1);
    assertThat(thrown.attempts()).hasSize(1);
    assertThat(thrown.getMessage()).doesNotContain("gave up");
  }

  @Test
  void perRequestOptionsOverrideAttemptsAndPolicy() {
    server.handler(request -> Reply.status(503, ""));
    ApiClientCore core = core();

    catchFrom(() -> get(core, RequestOptions.builder().maxAttempts(5).build()));
    int afterFive = server.requests().size();
    catchFrom(() -> get(core, RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()));

    assertThat(afterFive).isEqualTo(5);
    assertThat(server.requests()).hasSize(6);
  }

  @Test
  void perRequestMaxTotalDelayOverridesTheClients() {
    server.handler(request -> Reply.status(503, ""));

    catchFrom(() -> get(core(), RequestOptions.builder().maxTotalDelay(Duration.ofMillis(150)).build()));

    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(50));
  }

  @Test
  void connectionFailuresAreRetried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    SpecgenException thrown = catchFrom(() -> get(core(builder -> builder.baseUrl("http://127.0.0.1:" + closedPort)), null));

    assertThat(thrown).isInstanceOf(ApiConnectionException.class);
    assertThat(thrown.getMessage()).contains("gave up after 3 attempts: connection failed, connection failed, connection failed");
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void responseTimeoutsAreNotRetriedUnlessEnabled() {
    server.handler(request -> Reply.json(200, "{}").after(Duration.ofMillis(600)));
    RequestOptions shortTimeout = RequestOptions.builder().timeout(Duration.ofMillis(150)).build();

    SpecgenException once = catchFrom(() -> get(core(), shortTimeout));
    int afterFirst = server.requests().size();
    ApiClientCore retrying = core(builder -> builder.retryPolicy(policy.toBuilder().maxAttempts(2).retryResponseTimeouts(true).build()));
    SpecgenException twice = catchFrom(() -> get(retrying, shortTimeout));

    assertThat(once).isInstanceOf(ApiTimeoutException.class);
    assertThat(afterFirst).isEqualTo(1);
    assertThat(twice).isInstanceOf(ApiTimeoutException.class);
    assertThat(twice.attempts()).extracting(Attempt::toString).containsExactly("timed out", "timed out");
  }

  @Test
  void credentialsAreFetchedAgainForEachAttempt() {
    AtomicInteger tokens = new AtomicInteger();
    server.enqueue(Reply.status(503, ""), Reply.json(200, "{}"));

    get(core(builder -> builder.auth(Auth.bearer(() -> "tok_" + tokens.incrementAndGet()))), null);

    assertThat(server.requests()).extracting(r -> r.header("Authorization")).containsExactly("Bearer tok_1", "Bearer tok_2");
  }

  @Test
  void asyncCallsRetryToo() throws Exception {
    server.enqueue(Reply.status(503, ""), Reply.status(429, "").withHeader("Retry-After", "2"), Reply.json(200, "{\"id\":\"c1\"}"));

    Map<?, ?> body = core().executeAsync("getContact", request(HttpMethod.GET), null, Map.class).get(5, TimeUnit.SECONDS);

    assertThat(body.get("id")).isEqualTo("c1");
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  @Test
  void asyncExhaustionReportsEveryAttempt() {
    server.handler(request -> Reply.status(500, ""));

    Throwable thrown = catchAsync(core());

    assertThat(thrown).isInstanceOf(ServerErrorException.class).hasMessageContaining("gave up after 3 attempts: 500, 500, 500");
  }

  private static Throwable catchAsync(ApiClientCore core) {
    try {
      core.executeAsync("getContact", request(HttpMethod.GET), null, Map.class).join();
    } catch (java.util.concurrent.CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("Expected a failure");
  }

  @Test
  void realTimeRetryAfterOneSecondIsHonoured() {
    server.enqueue(Reply.status(429, "").withHeader("Retry-After", "1"), Reply.json(200, "{}"));
    ApiClientCore core = core(builder -> builder.sleeper(dev.specgen.runtime.retry.Sleeper.system()).clock(Clock.systemUTC()));

    long start = System.nanoTime();
    get(core, null);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(server.requests()).hasSize(2);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }
}
