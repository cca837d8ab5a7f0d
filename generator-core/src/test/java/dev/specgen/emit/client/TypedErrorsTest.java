package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import dev.specgen.testing.TestServer.Response;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated client's own exceptions against a real server: one class per declared error status
 * with a typed {@code body()}, the API's base class for undeclared statuses, the request id, and
 * the method and URL of the failed call with the credentials masked.
 */
class TypedErrorsTest {

  private static final String TOKEN = "tok_shop_secret_1";
  private static final String KEY = "key_shop_secret_2";

  /** Hand-written user code: catches the generated exceptions by type and reads their typed bodies. */
  private static final String SCENARIO = """
      package test.shop;

      import dev.specgen.runtime.retry.RetryPolicy;

      public final class Scenario {
        static ShopClient client(String baseUrl) {
          return ShopClient.builder().baseUrl(baseUrl).bearerToken("%s").apiKey("%s")
              .retryPolicy(RetryPolicy.none()).build();
        }

        public static void getOrder(String baseUrl) {
          client(baseUrl).getOrder(GetOrderRequest.builder().orderId("ord_1").build());
        }

        public static void createOrder(String baseUrl) {
          client(baseUrl).createOrder(CreateOrderRequest.builder()
              .body(NewOrder.builder().sku("sku_1").build()).build());
        }

        public static String notFound(String baseUrl) {
          try {
            getOrder(baseUrl);
            return "no failure";
          } catch (ShopNotFoundException e) {
            NotFoundError body = e.body();
            return body.message() + " / " + body.resourceId() + " / " + e.requestId().orElse("no id");
          }
        }

        public static String invalid(String baseUrl) {
          try {
            createOrder(baseUrl);
            return "no failure";
          } catch (ShopUnprocessableEntityException e) {
            ValidationError body = e.body();
            return body.message() + " / " + body.errors().get(0).field() + " / " + e.requestId().orElse("no id");
          }
        }
      }
      """.formatted(TOKEN, KEY);

  private static InMemoryCompiler.Compilation shop;
  private final TestServer server = TestServer.start();

  @BeforeAll
  static void compile() {
    shop = SpecgenTestKit.compileClient(spec(), "test.shop", Map.of("test/shop/Scenario.java", SCENARIO));
  }

  private static Path spec() {
    return SpecgenTestKit.testResources().resolve("specs/errors/shop.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Object scenario(String method) {
    return Invoke.callStatic(shop.loadClass("test.shop.Scenario"), method, server.baseUrl());
  }

  private ApiException failureOf(String method) {
    try {
      scenario(method);
    } catch (ApiException e) {
      return e;
    }
    throw new AssertionError(method + " did not fail");
  }

  @Test
  void a404RaisesItsOwnClassWithTheTypedBodyAndTheRequestId() {
    server.enqueue(Response.json(404, "{\"message\":\"no such order\",\"resource_id\":\"ord_1\"}")
        .withHeader("X-Request-Id", "req_404"));

    assertThat(scenario("notFound")).isEqualTo("no such order / ord_1 / req_404");
  }

  @Test
  void a422RaisesItsOwnClassWithTheTypedBodyAndTheRequestId() {
    server.enqueue(Response.json(422, "{\"message\":\"invalid order\",\"errors\":[{\"field\":\"sku\"}]}")
        .withHeader("X-Amzn-RequestId", "req_422"));

    assertThat(scenario("invalid")).isEqualTo("invalid order / sku / req_422");
  }

  @Test
  void theStatusClassesExtendTheApisBaseWhichExtendsTheRuntimes() {
    Class<?> base = shop.loadClass("test.shop.ShopApiException");

    assertThat(base.getSuperclass()).isEqualTo(ApiException.class);
    for (String status : new String[] {"BadRequest", "NotFound", "TooManyRequests", "UnprocessableEntity",
        "ServerError", "DefaultError"}) {
      assertThat(shop.loadClass("test.shop.Shop" + status + "Exception").getSuperclass()).isEqualTo(base);
    }
  }

  @Test
  void theMethodAndUrlAreStatedWithTheQueryApiKeyMasked() {
    server.enqueue(Response.json(404, "{\"message\":\"echoing " + KEY + " and " + TOKEN + "\"}")
        .withHeader("Request-Id", "req_1"));

    ApiException e = failureOf("getOrder");

    String url = server.baseUrl() + "/orders/ord_1?api_key=****";
    assertThat(e.method()).isEqualTo(HttpMethod.GET);
    assertThat(e.url()).isEqualTo(url);
    assertThat(e.getMessage())
        .isEqualTo("getOrder: HTTP 404 from GET " + url + " (request id req_1): {\"message\":\"echoing **** and ****\"}");
    assertThat(e.toString()).doesNotContain(KEY, TOKEN);
    assertThat(server.lastRequest().rawQuery()).isEqualTo("api_key=" + KEY);
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void aPostStatesItsMethodToo() {
    server.enqueue(Response.json(422, "{\"message\":\"invalid order\"}"));

    ApiException e = failureOf("createOrder");

    assertThat(e.method()).isEqualTo(HttpMethod.POST);
    assertThat(e.getMessage()).startsWith("createOrder: HTTP 422 from POST " + server.baseUrl() + "/orders?api_key=****");
  }

  @Test
  void aStatusTheOperationDoesNotDeclareRaisesTheBaseClass() {
    server.enqueue(Response.json(409, "{\"title\":\"conflict\"}"));

    ApiException e = failureOf("getOrder");

    assertThat(e.getClass().getName()).isEqualTo("test.shop.ShopApiException");
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.errorBody()).as("nothing declared, nothing decoded").isNull();
    assertThat(e.requestId()).isEmpty();
  }

  @Test
  void rangesAndTheDefaultResponseRaiseTheirOwnClassesWithTypedBodies() {
    server.enqueue(Response.json(502, "{\"title\":\"upstream\"}")).enqueue(Response.json(503, "{\"title\":\"later\"}"));

    ApiException range = failureOf("getOrder");
    ApiException other = failureOf("createOrder");

    assertThat(range.getClass().getSimpleName()).isEqualTo("ShopServerErrorException");
    assertThat(Invoke.call(Invoke.call(range, "body"), "title")).isEqualTo("upstream");
    assertThat(other.getClass().getSimpleName()).isEqualTo("ShopDefaultErrorException");
    assertThat(Invoke.call(Invoke.call(other, "body"), "title")).isEqualTo("later");
  }

  @Test
  void aStatusWithDifferentBodyTypesPerOperationHasAnUntypedBodyDecodedAsTheOperationDeclares()
      throws Exception {
    Class<?> badRequest = shop.loadClass("test.shop.ShopBadRequestException");
    server.enqueue(Response.json(400, "{\"title\":\"bad id\"}")).enqueue(Response.json(400, "{\"message\":\"bad body\"}"));

    assertThat(badRequest.getMethod("body").getReturnType()).isEqualTo(Object.class);
    assertThat(Invoke.call(failureOf("getOrder"), "body").getClass().getSimpleName()).isEqualTo("Problem");
    assertThat(Invoke.call(failureOf("createOrder"), "body").getClass().getSimpleName()).isEqualTo("ValidationError");
  }

  @Test
  void aDeclaredStatusWithoutABodyHasItsClassButNoBodyMethod() {
    server.enqueue(Response.json(429, ""));

    ApiException e = failureOf("getOrder");

    assertThat(e.getClass().getSimpleName()).isEqualTo("ShopTooManyRequestsException");
    assertThatThrownBy(() -> e.getClass().getDeclaredMethod("body")).isInstanceOf(NoSuchMethodException.class);
  }

  @Test
  void theClientsJavadocNamesTheGeneratedExceptions() {
    Map<String, String> sources = SpecgenTestKit.sources(SpecgenTestKit.loadModel(spec()), "test.shop", true)
        .stream().collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
    String client = sources.get("test/shop/ShopClient.java");

    assertThat(client).contains(
        "@throws ShopNotFoundException on 404 (No order has this id.)",
        "@throws ShopServerErrorException on 5xx statuses (The shop failed.)",
        "@throws ShopApiException on any other error status",
        "@throws ShopDefaultErrorException on any other error status (Any other failure.)");
    assertThat(sources.get("test/shop/ShopBadRequestException.java"))
        .contains("declare different types for it ({@link ValidationError}, {@link Problem})");
  }
}
