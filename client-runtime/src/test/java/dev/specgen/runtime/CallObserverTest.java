package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.CallObserver.AttemptEvent;
import dev.specgen.runtime.CallObserver.CallEvent;
import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.NotFoundException;
import dev.specgen.runtime.error.ServerErrorException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.LogCapture;
import dev.specgen.runtime.testing.RecordingSleeper;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link CallObserver} sees every attempt of a call against a real server (number, status,
 * duration, failure) and the call as a whole, with credentials kept out of the URL it is shown.
 */
class CallObserverTest {

  private static final String KEY = "observer-secret-key";

  private final TestServer server = TestServer.start();
  private final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
  private final List<CallEvent> calls = new CopyOnWriteArrayList<>();
  private final CallObserver recorder = new CallObserver() {
    @Override
    public void attemptFinished(AttemptEvent attempt) {
      attempts.add(attempt);
    }

    @Override
    public void callFinished(CallEvent call) {
      calls.add(call);
    }
  };

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClientCore core(CallObserver observer) {
    return new ApiClientCore(ClientConfig.builder()
        .baseUrl(server.baseUrl())
        .auth(Auth.apiKeyQuery("api_key", KEY))
        .observer(observer)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .sleeper(new RecordingSleeper())
        .build());
  }

  private static ApiRequest contact() {
    return ApiRequest.builder(HttpMethod.GET, "/contacts/{id}").pathParam("id", "crd_1").build();
  }

  @Test
  void everyAttemptOfARetriedCallIsSeenWithItsNumberStatusAndDuration() {
    server.enqueue(Reply.status(503, "busy").after(Duration.ofMillis(30)), Reply.json(200, "{\"id\":\"crd_1\"}"));

    try (ApiClientCore core = core(recorder)) {
      Map<?, ?> body = core.execute("getContact", contact(), null, Map.class);
      assertThat(body.get("id")).isEqualTo("crd_1");
    }

    assertThat(attempts).extracting(AttemptEvent::attempt).containsExactly(1, 2);
    assertThat(attempts).extracting(AttemptEvent::status).containsExactly(OptionalInt.of(503), OptionalInt.of(200));
    assertThat(attempts.get(0).duration()).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    assertThat(attempts).allSatisfy(attempt -> {
      assertThat(attempt.operationId()).isEqualTo("getContact");
      assertThat(attempt.method()).isEqualTo(HttpMethod.GET);
      assertThat(attempt.url()).isEqualTo(server.baseUrl() + "/contacts/crd_1?api_key=****").doesNotContain(KEY);
      assertThat(attempt.failure()).isEmpty();
    });
    assertThat(calls).singleElement().satisfies(call -> {
      assertThat(call.succeeded()).isTrue();
      assertThat(call.attempts()).isEqualTo(2);
      assertThat(call.status()).hasValue(200);
      assertThat(call.duration()).isGreaterThanOrEqualTo(attempts.get(0).duration());
    });
  }

  @Test
  void aFailedCallIsSeenWithTheExceptionItThrew() {
    server.enqueue(Reply.status(503, "busy"), Reply.status(503, "busy"), Reply.status(503, "still busy"));

    try (ApiClientCore core = core(recorder)) {
      assertThatThrownBy(() -> core.execute("getContact", contact(), null, Map.class))
          .isInstanceOf(ServerErrorException.class);
    }

    assertThat(attempts).extracting(AttemptEvent::attempt).containsExactly(1, 2, 3);
    assertThat(calls).singleElement().satisfies(call -> {
      assertThat(call.succeeded()).isFalse();
      assertThat(call.attempts()).isEqualTo(3);
      assertThat(call.status()).hasValue(503);
      assertThat(call.exception()).containsInstanceOf(ServerErrorException.class);
    });
  }

  @Test
  void anAttemptWithoutAResponseIsSeenWithItsFailure() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ApiClientCore core = new ApiClientCore(ClientConfig.builder()
        .baseUrl("http://127.0.0.1:" + closedPort)
        .observer(recorder)
        .retryPolicy(RetryPolicy.none())
        .build());

    try (core) {
      assertThatThrownBy(() -> core.execute("getContact", contact(), null, Map.class))
          .isInstanceOf(ApiConnectionException.class);
    }

    assertThat(attempts).singleElement().satisfies(attempt -> {
      assertThat(attempt.status()).isEmpty();
      assertThat(attempt.failure()).containsInstanceOf(ConnectException.class);
    });
    assertThat(calls).singleElement().satisfies(call -> assertThat(call.status()).isEmpty());
  }

  @Test
  void aCallsOwnObserverIsToldAlongsideTheClientsAndAsyncCallsAreSeenToo() {
    server.enqueue(Reply.status(404, "{\"message\":\"no such contact\"}"));
    List<CallEvent> ownCalls = new CopyOnWriteArrayList<>();
    RequestOptions options = RequestOptions.builder().observer(CallObserver.onCall(ownCalls::add)).build();

    try (ApiClientCore core = core(recorder)) {
      assertThatThrownBy(() -> core.executeAsync("getContact", contact(), options, Map.class).join())
          .hasCauseInstanceOf(NotFoundException.class);
    }

    assertThat(ownCalls).singleElement().satisfies(call -> {
      assertThat(call.status()).hasValue(404);
      assertThat(call.exception()).containsInstanceOf(NotFoundException.class);
    });
    assertThat(calls).hasSize(1);
    assertThat(attempts).singleElement().satisfies(attempt -> assertThat(attempt.status()).hasValue(404));
  }

  @Test
  void anObserverThatThrowsDoesNotChangeTheOutcomeAndIsLogged() {
    server.enqueue(Reply.json(200, "{}"));
    CallObserver failing = CallObserver.onAttempt(attempt -> {
      throw new IllegalStateException("observer bug");
    });
    List<LogRecord> warnings;
    try (LogCapture log = LogCapture.of("dev.specgen.runtime");
        ApiClientCore core = core(CallObserver.all(failing, recorder))) {
      assertThat(core.execute("getContact", contact(), null, Map.class)).isEmpty();
      warnings = log.records();
    }

    assertThat(calls).singleElement().satisfies(call -> assertThat(call.succeeded()).isTrue());
    assertThat(warnings).singleElement().satisfies(record -> {
      assertThat(record.getMessage()).isEqualTo("getContact: a call observer failed");
      assertThat(record.getThrown()).hasMessage("observer bug");
    });
  }
}
