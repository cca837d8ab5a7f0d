package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {

  private final TestServer server = TestServer.start().handler(request -> Reply.json(200, "{}"));

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClientCore core(Auth... schemes) {
    ClientConfig.Builder builder = ClientConfig.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none());
    for (Auth scheme : schemes) {
      builder.addAuth(scheme);
    }
    return new ApiClientCore(builder.build());
  }

  private void call(ApiClientCore core) {
    core.execute("listTags", ApiRequest.get("/tags").query("limit", 5).build(), null, Void.class);
  }

  @Test
  void bearerTokenGoesInTheAuthorizationHeader() {
    call(core(Auth.bearer("tok_123")));

    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer tok_123");
  }

  @Test
  void tokenSupplierIsAskedOnEveryRequest() {
    AtomicInteger calls = new AtomicInteger();
    ApiClientCore core = core(Auth.bearer(() -> "tok_" + calls.incrementAndGet()));

    call(core);
    call(core);

    assertThat(server.requests()).extracting(r -> r.header("Authorization")).containsExactly("Bearer tok_1", "Bearer tok_2");
  }

  @Test
  void apiKeyInAHeader() {
    call(core(Auth.apiKeyHeader("X-Api-Key", "key_1")));

    assertThat(server.lastRequest().header("X-Api-Key")).isEqualTo("key_1");
  }

  @Test
  void apiKeyInTheQueryIsEncodedAndFollowsTheOperationsParameters() {
    call(core(Auth.apiKeyQuery("api_key", () -> "k&y=1")));

    assertThat(server.lastRequest().rawQuery()).isEqualTo("limit=5&api_key=k%26y%3D1");
  }

  @Test
  void basicAuthEncodesUserAndPassword() {
    call(core(Auth.basic("ann", "pä:ss")));

    String expected = Base64.getEncoder().encodeToString("ann:pä:ss".getBytes(StandardCharsets.UTF_8));
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Basic " + expected);
  }

  @Test
  void noAuthSendsNoCredentials() {
    call(core(Auth.none()));
    call(core());

    assertThat(server.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).isNull());
  }

  @Test
  void severalSchemesApplyTogether() {
    call(core(Auth.bearer("tok_1"), Auth.apiKeyHeader("X-Tenant-Key", "tk_1")));
    call(core(Auth.all(Auth.apiKeyQuery("sig", "s1"), Auth.apiKeyHeader("X-App", "app_1"))));

    assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer tok_1");
    assertThat(server.requests().get(0).header("X-Tenant-Key")).isEqualTo("tk_1");
    assertThat(server.requests().get(1).rawQuery()).endsWith("sig=s1");
    assertThat(server.requests().get(1).header("X-App")).isEqualTo("app_1");
  }

  @Test
  void credentialWithALineBreakIsRefusedNamingTheHeaderButNotTheValue() {
    ApiClientCore core = core(Auth.bearer("tok_secret\r\nX-Injected: 1"));

    assertThatThrownBy(() -> call(core))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authorization")
        .hasMessageNotContaining("tok_secret");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void supplierReturningNothingIsAClearError() {
    ApiClientCore core = core(Auth.bearer(() -> null));

    assertThatThrownBy(() -> call(core)).isInstanceOf(IllegalStateException.class).hasMessageContaining("bearer token");
  }
}
