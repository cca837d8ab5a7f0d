package dev.specgen.runtime;

import static dev.specgen.runtime.ApiClientCoreTest.catchFrom;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.Attempt;
import dev.specgen.runtime.error.NotFoundException;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.error.ResponseTooLargeException;
import dev.specgen.runtime.error.ServerErrorException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.retry.Sleeper;
import dev.specgen.runtime.testing.RawServer;
import dev.specgen.runtime.testing.RecordingSleeper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runtime against servers that trickle, close, flood or mislabel: every case bounded in time. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileServerTest {

  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  private static final Duration MARGIN = Duration.ofMillis(500);

  private RawServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Headers at once, then one body byte every 200 ms for 20 s. */
  private static void trickle(OutputStream out, int requestNumber) throws IOException, InterruptedException {
    out.write(RawServer.head(200, "Content-Type: application/json", "Content-Length: 100"));
    out.flush();
    for (int i = 0; i < 100; i++) {
      Thread.sleep(200);
      out.write(' ');
      out.flush();
    }
  }

  private ApiClientCore core(Consumer<ClientConfig.Builder> customize) {
    ClientConfig.Builder builder =
        ClientConfig.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper());
    customize.accept(builder);
    return new ApiClientCore(builder.build());
  }

  private static Map<?, ?> get(ApiClientCore core, String path, RequestOptions options) {
    return core.execute("getThing", ApiRequest.get(path).build(), options, Map.class);
  }

  @Test
  void aTrickledBodyFailsAtTheAttemptDeadlineAndTheConnectionIsClosed() throws Exception {
    server = RawServer.start(HostileServerTest::trickle);
    ApiClientCore core = core(builder -> builder.requestTimeout(ONE_SECOND).retryPolicy(RetryPolicy.defaults()));

    long start = System.nanoTime();
    SpecgenException thrown = catchFrom(() -> get(core, "/slow", null));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("getThing", "GET " + server.baseUrl() + "/slow");
    assertThat(took).isLessThan(ONE_SECOND.plus(MARGIN));
    assertThat(server.awaitClientClose(MARGIN)).as("the server saw the connection closed").isTrue();
    // The default policy does not retry a timed-out response: the server may still be acting on it.
    assertThat(thrown.attempts()).extracting(Attempt::toString).containsExactly("timed out");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aTrickledBodyFailsAtTheAttemptDeadlineForAsyncCallsToo() throws Exception {
    server = RawServer.start(HostileServerTest::trickle);
    ApiClientCore core = core(builder -> {});
    RequestOptions options = RequestOptions.builder().timeout(ONE_SECOND).build();

    long start = System.nanoTime();
    Throwable thrown = asyncFailure(core, options);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
    assertThat(took).isLessThan(ONE_SECOND.plus(MARGIN));
    assertThat(server.awaitClientClose(MARGIN)).as("the server saw the connection closed").isTrue();
  }

  @Test
  void theCallDeadlineStopsARetriedCall() {
    server = RawServer.start(HostileServerTest::trickle);
    RetryPolicy retryingTimeouts =
        RetryPolicy.builder().maxAttempts(10).retryResponseTimeouts(true).initialBackoff(Duration.ofMillis(50)).build();
    ApiClientCore core =
        core(builder -> builder.retryPolicy(retryingTimeouts).sleeper(Sleeper.system()).requestTimeout(ONE_SECOND));
    RequestOptions twoSeconds = RequestOptions.builder().callTimeout(Duration.ofSeconds(2)).build();

    long start = System.nanoTime();
    SpecgenException thrown = catchFrom(() -> get(core, "/slow", twoSeconds));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("call timeout of 2000 ms");
    assertThat(thrown.attempts()).hasSizeBetween(2, 3);
    assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2).plus(MARGIN));
  }

  @Test
  void theCallDeadlineAlsoBoundsRetriesOfErrorStatuses() {
    server = RawServer.start((out, n) -> out.write(RawServer.head(503, "Content-Length: 0")));
    RetryPolicy everyFourHundredMillis =
        RetryPolicy.builder().maxAttempts(100).initialBackoff(Duration.ofMillis(400))
            .maxBackoff(Duration.ofMillis(400)).jitter(() -> 1.0).build();
    ApiClientCore core =
        core(builder -> builder.retryPolicy(everyFourHundredMillis).sleeper(Sleeper.system()).callTimeout(Duration.ofSeconds(2)));

    long start = System.nanoTime();
    SpecgenException thrown = catchFrom(() -> get(core, "/busy", null));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ServerErrorException.class);
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown.attempts()).hasSizeBetween(4, 5).hasSize(server.requestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "DELETE", "POST"})
  void attemptsReportedAreTheRequestsTheServerReceivedWhenConnectionsCloseEarly(String method) {
    server = RawServer.start((out, n) -> {}); // reads the request, then closes without a byte
    RetryPolicy retryAll = RetryPolicy.defaults().toBuilder().retryNonIdempotent(true).build();
    ApiClientCore core = core(builder -> builder.retryPolicy(retryAll));

    SpecgenException thrown =
        catchFrom(() -> core.execute("op", ApiRequest.builder(HttpMethod.valueOf(method), "/x").build(), null, Void.class));

    assertThat(thrown.attempts()).hasSize(server.requestCount());
    assertThat(thrown.getMessage()).contains("gave up after " + server.requestCount() + " attempts");
  }

  @Test
  void aJdkResendIsListedAsAnAttemptOfItsOwn() {
    server = RawServer.start((out, n) -> {});

    SpecgenException thrown = catchFrom(() -> get(core(builder -> {}), "/x", null));

    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(thrown.attempts()).extracting(Attempt::toString)
        .containsExactly(Call.RESENT, "connection failed");
  }

  @Test
  void anOrdinaryExchangeCountsOneAttemptPerRequest() {
    server = RawServer.start((out, n) -> out.write(RawServer.head(404, "Content-Length: 0")));

    SpecgenException thrown = catchFrom(() -> get(core(builder -> {}), "/missing", null));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(thrown.attempts()).hasSize(1);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aHugeErrorPageIsReadOnlyUpToTheErrorBodyLimitOnEveryAttempt() throws Exception {
    long fiftyMegabytes = 50L * 1024 * 1024;
    server = RawServer.start((out, n) -> {
      out.write(RawServer.head(503, "Content-Type: text/html", "Content-Length: " + fiftyMegabytes));
      RawServer.stream(out, "<html><body>Service unavailable, please wait. </body></html>\n".getBytes(UTF_8), fiftyMegabytes);
    });
    ApiClientCore core = core(builder -> builder.retryPolicy(RetryPolicy.defaults()));

    SpecgenException thrown = catchFrom(() -> get(core, "/down", null));

    ServerErrorException error = (ServerErrorException) thrown;
    assertThat(error.attempts()).hasSize(3);
    assertThat(error.bodyText()).startsWith("<html><body>Service unavailable").hasSizeLessThanOrEqualTo(64 * 1024);
    assertThat(error.getMessage()).hasSizeLessThan(1024).contains("body cut after 65536 bytes");
    assertThat(error.getCause()).isNull();
    // Socket buffers take some bytes the client never reads; far from the 150 MB of three pages.
    assertThat(server.bytesWritten()).isLessThan(3 * 16L * 1024 * 1024);
  }

  @Test
  void aSuccessBodyOverTheLimitFailsAtOnceWhenItsLengthIsDeclared() {
    server = RawServer.start((out, n) -> {
      out.write(RawServer.head(200, "Content-Type: application/json", "Content-Length: 5000000"));
      RawServer.stream(out, "[1,".getBytes(UTF_8), 5_000_000);
    });
    ApiClientCore core = core(builder -> builder.maxResponseBytes(1_000_000));

    SpecgenException thrown = catchFrom(() -> get(core, "/big", null));

    assertThat(thrown).isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("getThing", "GET " + server.baseUrl() + "/big", "of 5000000 bytes exceeds the limit of 1000000 bytes");
    assertThat(((ResponseTooLargeException) thrown).limit()).isEqualTo(1_000_000);
  }

  @Test
  void aChunkedSuccessBodyOverTheLimitFailsWhileReading() {
    server = RawServer.start((out, n) -> {
      out.write(RawServer.head(200, "Content-Type: application/json", "Transfer-Encoding: chunked"));
      RawServer.streamChunked(out, "1".getBytes(UTF_8), 6_000_000);
    });
    RequestOptions small = RequestOptions.builder().maxResponseBytes(1_000_000).build();

    SpecgenException thrown = catchFrom(() -> get(core(builder -> {}), "/big", small));

    assertThat(thrown).isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("exceeds the limit of 1000000 bytes");
    assertThat(thrown.attempts()).extracting(Attempt::toString).containsExactly("200");
  }

  @Test
  void aDeclaredCharsetIsHonouredWhenDecodingJson() {
    byte[] latin1 = "{\"name\":\"Café Zoë\"}".getBytes(ISO_8859_1);
    server = RawServer.start((out, n) -> {
      out.write(RawServer.head(200, "Content-Type: application/json; charset=ISO-8859-1", "Content-Length: " + latin1.length));
      out.write(latin1);
    });

    Map<?, ?> body = get(core(builder -> {}), "/latin1", null);

    assertThat(body.get("name")).isEqualTo("Café Zoë");
  }

  @Test
  void aLargeUndecodableBodyLeavesOnlyAnExcerptAndAPosition() {
    long fiveMegabytes = 5L * 1024 * 1024;
    server = RawServer.start((out, n) -> {
      out.write(RawServer.head(200, "Content-Type: application/json", "Content-Length: " + fiveMegabytes));
      RawServer.stream(out, "not json at all ".getBytes(UTF_8), fiveMegabytes);
    });

    SpecgenException thrown = catchFrom(() -> get(core(builder -> {}), "/garbage", null));

    ResponseDecodeException decode = (ResponseDecodeException) thrown;
    assertThat(decode.bodyText()).startsWith("not json at all").hasSizeLessThanOrEqualTo(64 * 1024);
    assertThat(decode.parsePosition()).hasValueSatisfying(position -> assertThat(position).startsWith("line 1, column "));
    assertThat(decode.getMessage()).hasSizeLessThan(1024);
    assertThat(decode.getCause()).isNotNull().isExactlyInstanceOf(IOException.class);
    assertThat(decode.getCause().getCause()).isNull();
  }

  private static Throwable asyncFailure(ApiClientCore core, RequestOptions options) {
    try {
      core.executeAsync("getThing", ApiRequest.get("/slow").build(), options, Map.class).join();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("Expected a failure");
  }
}
