package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import dev.specgen.runtime.error.NotFoundException;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.error.UntrustedUrlException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every exception says about its call: method and URL with credentials masked, the request
 * id of an error response, and the exception type the request declares for the status.
 */
class ExceptionDetailsTest {

  private static final String TOKEN = "tok_very_secret_1";
  private static final String API_KEY = "key_very_secret_2";

  private final TestServer server = TestServer.start();

  record Problem(@JsonProperty("message") String message) {}

  /** A client's own exception types, as a generated client declares them. */
  static class ShopException extends ApiException {
    ShopException(String message, FailedCall call, FailedResponse response) {
      super(message, call, response);
    }
  }

  static final class ShopNotFoundException extends ShopException {
    ShopNotFoundException(String message, FailedCall call, FailedResponse response) {
      super(message, call, response);
    }

    Problem body() {
      return errorBody(Problem.class).orElse(null);
    }
  }

  static final class ShopClientErrorException extends ShopException {
    ShopClientErrorException(String message, FailedCall call, FailedResponse response) {
      super(message, call, response);
    }
  }

  static final class ShopDefaultErrorException extends ShopException {
    ShopDefaultErrorException(String message, FailedCall call, FailedResponse response) {
      super(message, call, response);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClientCore core(String baseUrl, Auth... auth) {
    ClientConfig.Builder builder = ClientConfig.builder()
        .baseUrl(baseUrl)
        .retryPolicy(RetryPolicy.none())
        .requestTimeout(Duration.ofSeconds(5));
    for (Auth scheme : auth) {
      builder.addAuth(scheme);
    }
    return new ApiClientCore(builder.build());
  }

  private ApiClientCore core() {
    return core(server.baseUrl(), Auth.bearer(TOKEN), Auth.apiKeyQuery("api_key", API_KEY));
  }

  private static ApiRequest.Builder getContact() {
    return ApiRequest.get("/contacts/{id}").pathParam("id", "crd_1").query("limit", 5);
  }

  private static SpecgenException failure(ApiClientCore core, ApiRequest request) {
    try {
      core.execute("getContact", request, null, Map.class);
    } catch (SpecgenException e) {
      return e;
    }
    throw new AssertionError("expected the call to fail");
  }

  @Test
  void anErrorStatusStatesMethodAndUrlWithTheQueryApiKeyMasked() {
    server.enqueue(Reply.json(404, "{\"message\":\"no contact, key " + API_KEY + "\"}"));

    SpecgenException e = failure(core(), getContact().build());

    String url = server.baseUrl() + "/contacts/crd_1?limit=5&api_key=****";
    assertThat(e.method()).isEqualTo(HttpMethod.GET);
    assertThat(e.url()).isEqualTo(url);
    assertThat(e.call().requestLine()).isEqualTo("GET " + url);
    assertThat(e.getMessage())
        .startsWith("getContact: HTTP 404 from GET " + url + ": {\"message\":\"no contact, key ****\"}")
        .doesNotContain(API_KEY, TOKEN);
    assertThat(server.lastRequest().rawQuery()).isEqualTo("limit=5&api_key=" + API_KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Amz-Request-Id",
      "X-Correlation-Id", "X-GitHub-Request-Id", "X-Trace-Id", "CF-Ray"})
  void theRequestIdComesFromEachUsualHeader(String header) {
    server.enqueue(Reply.json(422, "{}").withHeader(header, " req_42 "));

    ApiException e = (ApiException) failure(core(), getContact().build());

    assertThat(e.requestId()).contains("req_42");
    assertThat(e.getMessage()).contains("(request id req_42)");
  }

  @Test
  void theFirstListedRequestIdHeaderWinsAndNoneIsEmpty() {
    server.enqueue(
        Reply.json(500, "{}").withHeader("CF-Ray", "ray_1").withHeader("X-Request-Id", "req_1"),
        Reply.json(500, "{}"));

    assertThat(((ApiException) failure(core(), getContact().build())).requestId()).contains("req_1");
    ApiException none = (ApiException) failure(core(), getContact().build());
    assertThat(none.requestId()).isEmpty();
    assertThat(none.getMessage()).doesNotContain("request id");
  }

  @Test
  void aDecodeFailureHasTheRequestIdMethodAndUrlToo() {
    server.enqueue(Reply.status(200, "<html>").withHeader("X-Request-Id", "req_7"));

    assertThat(failure(core(), getContact().build()))
        .isInstanceOfSatisfying(ResponseDecodeException.class, e -> {
          assertThat(e.requestId()).contains("req_7");
          assertThat(e.url()).endsWith("/contacts/crd_1?limit=5&api_key=****");
          assertThat(e.getMessage()).contains("GET " + e.url());
        });
  }

  @Test
  void theRequestsDeclaredExceptionTypesAreRaisedWithTheirTypedBodies() {
    ApiRequest request = getContact()
        .error(404, Problem.class, ShopNotFoundException::new)
        .errorForClass(4, null, ShopClientErrorException::new)
        .error(409, ShopException::new)
        .otherErrors(ShopException::new)
        .build();
    server.enqueue(
        Reply.json(404, "{\"message\":\"gone\"}"),
        Reply.json(418, "{\"message\":\"teapot\"}"),
        Reply.json(409, "{\"message\":\"conflict\"}"),
        Reply.json(503, "{}"));

    assertThat(failure(core(), request)).isInstanceOfSatisfying(ShopNotFoundException.class, e -> {
      assertThat(e.body().message()).isEqualTo("gone");
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.url()).endsWith("api_key=****");
    });
    assertThat(failure(core(), request)).isExactlyInstanceOf(ShopClientErrorException.class);
    assertThat(failure(core(), request)).isExactlyInstanceOf(ShopException.class)
        .satisfies(e -> assertThat(((ApiException) e).errorBody()).isNull());
    assertThat(failure(core(), request)).isExactlyInstanceOf(ShopException.class)
        .hasMessageContaining("HTTP 503 from GET");
  }

  @Test
  void theDefaultResponseCoversStatusesWithoutTheirOwnDeclaration() {
    ApiRequest request = getContact()
        .error(404, Problem.class, ShopNotFoundException::new)
        .defaultError(Problem.class, ShopDefaultErrorException::new)
        .build();
    server.enqueue(Reply.json(500, "{\"message\":\"boom\"}"));

    assertThat(failure(core(), request)).isInstanceOfSatisfying(ShopDefaultErrorException.class, e ->
        assertThat(e.errorBody(Problem.class)).map(Problem::message).contains("boom"));
  }

  @Test
  void withoutDeclaredTypesTheRuntimesExceptionsAreRaised() {
    server.enqueue(Reply.json(404, "{\"message\":\"gone\"}"));

    assertThat(failure(core(), getContact().errorBody(404, Problem.class).build()))
        .isExactlyInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((ApiException) e).errorBody(Problem.class)).isPresent());
  }

  @Test
  void aOneCharacterCredentialIsMaskedInTheUrlButNotThroughoutTheMessage() {
    server.enqueue(Reply.json(401, "{\"message\":\"a bad key\"}"));

    SpecgenException e = failure(core(server.baseUrl(), Auth.apiKeyQuery("k", "a")), getContact().build());

    assertThat(e.url()).endsWith("/contacts/crd_1?limit=5&k=****");
    assertThat(e.getMessage()).contains("getContact", "{\"message\":\"a bad key\"}");
  }

  @Test
  void aConnectionFailureStatesMethodAndUrl() throws Exception {
    String closed;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closed = "http://127.0.0.1:" + socket.getLocalPort();
    }

    SpecgenException e = failure(core(closed, Auth.apiKeyQuery("api_key", API_KEY)),
        ApiRequest.post("/contacts").jsonBody(Map.of("name", "Ann")).build());

    assertThat(e).isInstanceOf(ApiConnectionException.class);
    assertThat(e.method()).isEqualTo(HttpMethod.POST);
    assertThat(e.url()).isEqualTo(closed + "/contacts?api_key=****");
    assertThat(e.getMessage()).contains("POST " + closed + "/contacts?api_key=****").doesNotContain(API_KEY);
  }

  @Test
  void aRefusedNextPageUrlIsReportedWithoutItsQuery() {
    assertThatThrownBy(() -> core().execute("listContacts",
            ApiRequest.getUrl("https://elsewhere.example/contacts?page_token=secret_cursor").build(), null, Map.class))
        .isInstanceOfSatisfying(UntrustedUrlException.class, e -> {
          assertThat(e.method()).isEqualTo(HttpMethod.GET);
          assertThat(e.url()).isEqualTo("https://elsewhere.example/contacts");
        });
  }
}
