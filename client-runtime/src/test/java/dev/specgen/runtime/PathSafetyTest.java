package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile path values, sent to a real server: the path keeps its shape and the value survives. */
class PathSafetyTest {

  private static TestServer server;
  private static ApiClientCore core;

  @BeforeAll
  static void start() {
    server = TestServer.start().handler(request -> Reply.json(200, "{}"));
    core =
        new ApiClientCore(
            ClientConfig.builder().baseUrl(server.baseUrl() + "/api").retryPolicy(RetryPolicy.none()).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"alt:email:a@b.com", "a/b", "..", ".", "../../admin", "?x=1", "#top", "a b", "Zoë 東京", "%2F", "a\\b", ";x"})
  void valueStaysInItsOwnSegment(String value) {
    core.execute(
        "getNote",
        ApiRequest.get("/contacts/{contact_id}/notes").pathParam("contact_id", value).build(),
        null,
        Void.class);

    String rawPath = server.lastRequest().rawPath();
    String[] segments = rawPath.split("/", -1);
    assertThat(segments).hasSize(5);
    assertThat(segments[1]).isEqualTo("api");
    assertThat(segments[2]).isEqualTo("contacts");
    assertThat(segments[4]).isEqualTo("notes");
    assertThat(URLDecoder.decode(segments[3].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(value);
    assertThat(server.lastRequest().rawQuery()).isNull();
  }
}
