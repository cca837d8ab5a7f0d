package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CR or LF in any header value is refused before anything is sent. */
class HeaderInjectionTest {

  private final TestServer server = TestServer.start().handler(request -> Reply.json(200, "{}"));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void extraClientHeaderWithLineBreakIsRefusedAtConfiguration() {
    assertThatThrownBy(() -> ClientConfig.builder().header("X-Tenant", "t1\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Tenant")
        .hasMessageNotContaining("X-Evil");
  }

  @Test
  void perRequestHeaderWithLineBreakIsRefused() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Request-Id", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Request-Id");
  }

  @Test
  void headerParameterWithLineBreakIsRefusedAndNothingIsSent() {
    ApiClientCore core =
        new ApiClientCore(ClientConfig.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).build());

    assertThatThrownBy(() -> core.execute(
            "getContact", ApiRequest.get("/contacts/1").header("X-Trace", "a\r\nb").build(), null, Void.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Trace");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void invalidHeaderNameIsRefused() {
    assertThatThrownBy(() -> ApiRequest.get("/x").header("X Bad:", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
