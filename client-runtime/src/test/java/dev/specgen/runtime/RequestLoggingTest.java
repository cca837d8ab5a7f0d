package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.LogCapture;
import dev.specgen.runtime.testing.RecordingSleeper;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Request/response logging through {@code System.Logger} (captured here as the JDK's default
 * java.util.logging backend sees it) shows every attempt against a real server, with the token,
 * an API key in the query and configured headers masked.
 */
class RequestLoggingTest {

  private static final String TOKEN = "log-test-token-5f1e";
  private static final String KEY = "log-test-key-9a2c";

  private final TestServer server = TestServer.start();
  private final LogCapture log = LogCapture.of("dev.specgen.runtime.http");

  @AfterEach
  void stop() {
    log.close();
    server.close();
  }

  private ApiClientCore core(System.Logger.Level level) {
    return new ApiClientCore(ClientConfig.builder()
        .baseUrl(server.baseUrl())
        .auth(Auth.all(Auth.bearer(TOKEN), Auth.apiKeyQuery("api_key", KEY)))
        .header("X-Session", "session-secret")
        .redactHeader("x-session")
        .logRequests(level)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
        .sleeper(new RecordingSleeper())
        .build());
  }

  private static ApiRequest contact() {
    return ApiRequest.builder(HttpMethod.GET, "/contacts/crd_1").query("limit", 5).build();
  }

  @Test
  void everyAttemptIsLoggedWithCredentialsAndConfiguredHeadersMasked() {
    server.enqueue(Reply.status(503, "busy"),
        Reply.json(200, "{}").withHeader("Set-Cookie", "sid=server-session").withHeader("X-Echo", TOKEN));

    try (ApiClientCore core = core(System.Logger.Level.DEBUG)) {
      core.execute("getContact", contact(), null, Map.class);
    }

    List<String> messages = log.records().stream().map(LogRecord::getMessage).toList();
    assertThat(messages).hasSize(4);
    assertThat(log.records()).allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.FINE));
    assertThat(messages.get(0))
        .startsWith("getContact #1 --> GET " + server.baseUrl() + "/contacts/crd_1?limit=5&api_key=****")
        .contains("Authorization: ****", "X-Session: ****", "Accept: application/json");
    assertThat(messages.get(1)).startsWith("getContact #1 <-- 503 (").contains(" ms)");
    assertThat(messages.get(2)).startsWith("getContact #2 --> GET ");
    assertThat(messages.get(3)).startsWith("getContact #2 <-- 200 (")
        .containsIgnoringCase("Set-Cookie: ****").containsIgnoringCase("X-Echo: ****");
    assertThat(String.join("\n", messages)).doesNotContain(TOKEN, KEY, "session-secret", "server-session");
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void nothingIsLoggedUnlessAsked() {
    server.enqueue(Reply.json(200, "{}"));

    try (ApiClientCore core = core(System.Logger.Level.OFF)) {
      core.execute("getContact", contact(), null, Map.class);
    }

    assertThat(log.records()).isEmpty();
  }
}
