package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.error.UntrustedUrlException;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Following a server-provided URL: allowed on the API's own origin only. */
class NextPageUrlTest {

  private final TestServer server = TestServer.start().handler(request -> Reply.json(200, "{}"));
  private final TestServer otherServer = TestServer.start().handler(request -> Reply.json(200, "{}"));
  private final ApiClientCore core =
      new ApiClientCore(
          ClientConfig.builder()
              .baseUrl(server.baseUrl() + "/front")
              .auth(Auth.bearer("tok_1"))
              .retryPolicy(RetryPolicy.none())
              .build());

  @AfterEach
  void stop() {
    server.close();
    otherServer.close();
  }

  private void follow(String url) {
    core.execute("listConversations", ApiRequest.getUrl(url).build(), null, Map.class);
  }

  @Test
  void sameOriginUrlIsFetchedAsGivenWithCredentials() {
    follow(server.baseUrl() + "/front/conversations?page_token=abc%3D&limit=2");

    assertThat(server.lastRequest().method()).isEqualTo("GET");
    assertThat(server.lastRequest().rawPath()).isEqualTo("/front/conversations");
    assertThat(server.lastRequest().rawQuery()).isEqualTo("page_token=abc%3D&limit=2");
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer tok_1");
  }

  @Test
  void pathOnlyReferenceResolvesAgainstTheBaseOrigin() {
    follow("/front/conversations?page_token=p2");

    assertThat(server.lastRequest().uri().toString()).isEqualTo("/front/conversations?page_token=p2");
  }

  @Test
  void extraQueryParametersAreAppendedToTheExistingQuery() {
    core.execute(
        "listConversations",
        ApiRequest.getUrl(server.baseUrl() + "/front/conversations?page_token=p2").query("limit", 5).build(),
        null,
        Map.class);

    assertThat(server.lastRequest().rawQuery()).isEqualTo("page_token=p2&limit=5");
  }

  @Test
  void anotherPortIsRefusedAndReceivesNothing() {
    assertThatThrownBy(() -> follow(otherServer.baseUrl() + "/front/conversations?page_token=p2"))
        .isInstanceOf(UntrustedUrlException.class)
        .hasMessageContaining("listConversations")
        .hasMessageContaining(":" + otherServer.port());
    assertThat(otherServer.requests()).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void anotherHostOrSchemeIsRefused() {
    for (String url :
        List.of(
            "http://localhost:" + server.port() + "/front/conversations",
            "https://127.0.0.1:" + server.port() + "/front/conversations",
            "http://evil.example/front/conversations")) {
      assertThatThrownBy(() -> follow(url)).isInstanceOf(UntrustedUrlException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void defaultPortsAndLetterCaseDoNotChangeTheOrigin() {
    URI base = URI.create("https://API.example.com/front");

    assertThat(TargetUrl.sameOrigin(base, URI.create("https://api.example.com:443/front/x?p=1#f"), "op"))
        .isEqualTo("https://api.example.com:443/front/x?p=1");
    assertThatThrownBy(() -> TargetUrl.sameOrigin(base, URI.create("https://api.example.com:8443/x"), "op"))
        .isInstanceOf(UntrustedUrlException.class);
  }

  @Test
  void relativeReferenceWithoutLeadingSlashIsRejected() {
    assertThatThrownBy(() -> ApiRequest.getUrl("conversations?page=2")).isInstanceOf(IllegalArgumentException.class);
  }
}
