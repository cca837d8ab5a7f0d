package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.http.TransportRequest;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.LogCapture;
import dev.specgen.runtime.testing.RecordingSleeper;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials must never show up in exception messages, stack traces, toString() of the objects
 * that hold them, or log output, even when the server echoes them back.
 */
class SecretLeakTest {

  private static final String TOKEN = "tok_Sup3rSecret_98765";
  private static final String API_KEY = "key_Hidden_24680";
  private static final String PASSWORD = "pw_Classified_13579";

  private final TestServer server = TestServer.start();
  private final LogCapture log = LogCapture.of("dev.specgen.runtime");

  @AfterEach
  void restore() {
    log.close();
    server.close();
  }

  private ClientConfig config(String baseUrl) {
    return ClientConfig.builder()
        .baseUrl(baseUrl)
        .addAuth(Auth.bearer(TOKEN))
        .addAuth(Auth.apiKeyQuery("api_key", API_KEY))
        .addAuth(Auth.basic(() -> "ann", () -> PASSWORD))
        .header("X-Static", "visible")
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
        .sleeper(new RecordingSleeper())
        .requestTimeout(Duration.ofMillis(300))
        .build();
  }

  @Test
  void noFailureOrObjectRevealsACredential() throws Exception {
    ClientConfig config = config(server.baseUrl());
    ApiClientCore core = new ApiClientCore(config);
    String echo = "token " + TOKEN + " key " + API_KEY + " password " + PASSWORD;
    server.enqueue(
        Reply.status(401, "invalid credentials: " + echo),
        Reply.status(503, echo),
        Reply.status(503, echo),
        Reply.status(503, echo),
        Reply.status(200, "not json " + echo),
        Reply.json(200, "{}").after(Duration.ofSeconds(2)));

    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      failures.add(failureOf(core, i < 2 ? "/contacts/1" : "/slow"));
    }
    failures.add(failureOf(new ApiClientCore(config(closedPortUrl())), "/contacts/1"));

    List<String> texts = new ArrayList<>();
    for (Throwable failure : failures) {
      texts.add(failure.getMessage());
      texts.add(((SpecgenException) failure).url());
      texts.add(failure.toString());
      texts.add(stackTrace(failure));
    }
    texts.add(config.toString());
    texts.add(core.toString());
    config.auth().forEach(auth -> texts.add(auth.toString()));
    texts.add(ApiRequest.get("/x").header("X-Token", TOKEN).query("token", TOKEN).build().toString());
    texts.add(RequestOptions.builder().header("Authorization", "Bearer " + TOKEN).build().toString());
    texts.add(new TransportRequest(
            dev.specgen.runtime.http.HttpMethod.GET,
            URI.create("https://api.example.com/x?api_key=" + API_KEY),
            dev.specgen.runtime.http.HeaderMap.builder().set("Authorization", "Bearer " + TOKEN).build(),
            null,
            null)
        .toString());
    texts.addAll(log.lines());

    assertThat(failures).hasSize(5);
    assertThat(log.lines()).as("retries were logged, so the log check means something").isNotEmpty();
    assertThat(failures.get(0).getMessage()).contains("invalid credentials", "****");
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(TOKEN, API_KEY, PASSWORD));
  }

  private static Throwable failureOf(ApiClientCore core, String path) {
    try {
      core.execute("getContact", ApiRequest.get(path).build(), null, java.util.Map.class);
    } catch (SpecgenException e) {
      return e;
    }
    throw new AssertionError("Expected a failure for " + path);
  }

  private static String closedPortUrl() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
