package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.BadRequestException;
import dev.specgen.runtime.error.ConflictException;
import dev.specgen.runtime.error.ForbiddenException;
import dev.specgen.runtime.error.NotFoundException;
import dev.specgen.runtime.error.RequestInterruptedException;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.error.ServerErrorException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.error.TooManyRequestsException;
import dev.specgen.runtime.error.UnauthorizedException;
import dev.specgen.runtime.error.UnprocessableEntityException;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.RecordedRequest;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiClientCoreTest {

  private final TestServer server = TestServer.start();

  record Contact(@JsonProperty("id") String id, @JsonProperty("name") String name) {}

  record NewContact(@JsonProperty("name") String name, @JsonProperty("nickname") String nickname) {}

  record ErrorBody(@JsonProperty("_error") ErrorDetail error) {}

  record ErrorDetail(@JsonProperty("status") int status, @JsonProperty("message") String message) {}

  record GenericError(@JsonProperty("message") String message) {}

  @AfterEach
  void stopServer() {
    server.close();
  }

  private ApiClientCore core(Consumer<ClientConfig.Builder> customize) {
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl(server.baseUrl())
            .clientName("FrontClient")
            .retryPolicy(RetryPolicy.none())
            .requestTimeout(Duration.ofSeconds(5));
    customize.accept(builder);
    return new ApiClientCore(builder.build());
  }

  private ApiClientCore core() {
    return core(builder -> {});
  }

  @Test
  void getDecodesTheTypedBodyAndSendsPathAndQuery() {
    server.enqueue(Reply.json(200, "{\"id\":\"crd_1\",\"name\":\"Ann\",\"extra\":1}"));

    Contact contact =
        core().execute(
            "getContact",
            ApiRequest.get("/contacts/{contact_id}").pathParam("contact_id", "alt:email:a@b.com").query("limit", 10).build(),
            null,
            Contact.class);

    assertThat(contact).isEqualTo(new Contact("crd_1", "Ann"));
    RecordedRequest request = server.lastRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/contacts/alt%3Aemail%3Aa%40b.com");
    assertThat(request.rawQuery()).isEqualTo("limit=10");
    assertThat(request.header("Accept")).isEqualTo("application/json");
  }

  @Test
  void baseUrlPathPrefixIsKept() {
    server.enqueue(Reply.json(200, "{}"));
    ApiClientCore core = core(builder -> builder.baseUrl(server.baseUrl() + "/front/"));

    core.execute("listTags", ApiRequest.get("/tags").build(), null, Void.class);

    assertThat(server.lastRequest().rawPath()).isEqualTo("/front/tags");
  }

  @Test
  void postSendsTheBodyAsJsonWithoutNulls() {
    server.enqueue(Reply.json(201, "{\"id\":\"crd_2\",\"name\":\"Bo\"}"));

    ApiResponse<Contact> response =
        core().executeWithResponse(
            "createContact",
            ApiRequest.post("/contacts").jsonBody(new NewContact("Bo", null)).build(),
            RequestOptions.defaults(),
            Contact.class);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.body().id()).isEqualTo("crd_2");
    assertThat(server.lastRequest().body()).isEqualTo("{\"name\":\"Bo\"}");
    assertThat(server.lastRequest().header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void rawResponseExposesStatusAndHeadersAlongsideTheTypedBody() {
    server.enqueue(Reply.json(200, "{\"id\":\"crd_1\"}").withHeader("X-RateLimit-Remaining", "49"));

    ApiResponse<Contact> response =
        core().executeWithResponse("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("x-ratelimit-remaining")).contains("49");
    assertThat(response.body().id()).isEqualTo("crd_1");
  }

  @Test
  void genericResponseTypesDecodeThroughTypeReference() {
    server.enqueue(Reply.json(200, "[{\"id\":\"a\"},{\"id\":\"b\"}]"));

    List<Contact> contacts =
        core().execute("listContacts", ApiRequest.get("/contacts").build(), null, new TypeReference<List<Contact>>() {});

    assertThat(contacts).extracting(Contact::id).containsExactly("a", "b");
  }

  @Test
  void noContentDecodesToNullAndStringTakesTheRawBody() {
    server.enqueue(new Reply(204, java.util.Map.of(), "", Duration.ZERO), Reply.status(200, "plain text"));

    assertThat(core().execute("deleteContact", ApiRequest.delete("/contacts/1").build(), null, Contact.class)).isNull();
    assertThat(core().execute("getText", ApiRequest.get("/text").build(), null, String.class)).isEqualTo("plain text");
  }

  @Test
  void headerParametersAndExtraHeadersAreSent() {
    server.enqueue(Reply.json(200, "{}"));
    ApiClientCore core = core(builder -> builder.header("X-Tenant", "t1"));

    core.execute(
        "getContact",
        ApiRequest.get("/contacts/1").header("X-Ids", List.of("a", "b")).header("X-Absent", null).build(),
        RequestOptions.builder().header("X-Request-Id", "r-1").build(),
        Void.class);

    RecordedRequest request = server.lastRequest();
    assertThat(request.header("X-Tenant")).isEqualTo("t1");
    assertThat(request.header("X-Ids")).isEqualTo("a,b");
    assertThat(request.header("X-Request-Id")).isEqualTo("r-1");
    assertThat(request.header("X-Absent")).isNull();
  }

  @Test
  void userAgentNamesSpecgenTheRuntimeVersionAndTheClient() {
    server.enqueue(Reply.json(200, "{}"));

    core().execute("ping", ApiRequest.get("/ping").build(), null, Void.class);

    assertThat(server.lastRequest().header("User-Agent"))
        .matches("specgen/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(FrontClient\\) java/\\d+")
        .isEqualTo("specgen/" + RuntimeVersion.get() + " (FrontClient) java/" + Runtime.version().feature());
  }

  @Test
  void asyncExecutionReturnsTheBodyInAFuture() throws Exception {
    server.enqueue(Reply.json(200, "{\"id\":\"crd_1\"}"));

    CompletableFuture<Contact> future =
        core().executeAsync("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class);

    assertThat(future.get(5, TimeUnit.SECONDS).id()).isEqualTo("crd_1");
  }

  @Test
  void asyncFailureCompletesTheFutureWithTheTypedException() {
    server.enqueue(Reply.json(404, "{\"message\":\"nope\"}"));

    CompletableFuture<ApiResponse<Contact>> future =
        core().executeWithResponseAsync("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class);

    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void asyncPreparationProblemsFailTheFutureInsteadOfThrowing() {
    CompletableFuture<Contact> future =
        core().executeAsync("getContact", ApiRequest.get("/contacts/{id}").pathParam("id", null).build(), null, Contact.class);

    assertThatThrownBy(future::join).hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, ForbiddenException",
    "404, NotFoundException",
    "409, ConflictException",
    "422, UnprocessableEntityException",
    "429, TooManyRequestsException",
    "500, ServerErrorException",
    "503, ServerErrorException",
    "418, ApiException",
    "302, ApiException",
  })
  void nonSuccessStatusesRaiseTheMatchingExceptionType(int status, String type) {
    server.enqueue(Reply.status(status, "failure body").withHeader("X-Trace", "tr-1"));

    SpecgenException thrown = catchFrom(() -> core().execute("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class));

    assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
    ApiException apiException = (ApiException) thrown;
    assertThat(apiException.status()).isEqualTo(status);
    assertThat(apiException.bodyText()).isEqualTo("failure body");
    assertThat(apiException.headers().first("X-Trace")).contains("tr-1");
    assertThat(apiException.operationId()).isEqualTo("getContact");
    assertThat(apiException.getMessage()).contains("getContact", "HTTP " + status, "GET " + server.baseUrl() + "/contacts/1", "failure body");
  }

  @Test
  void exceptionTypesFormAHierarchyCallersCanCatchBroadly() {
    assertThat(ApiException.class).isAssignableFrom(BadRequestException.class);
    assertThat(ApiException.class).isAssignableFrom(UnauthorizedException.class);
    assertThat(ApiException.class).isAssignableFrom(ForbiddenException.class);
    assertThat(ApiException.class).isAssignableFrom(ConflictException.class);
    assertThat(ApiException.class).isAssignableFrom(UnprocessableEntityException.class);
    assertThat(ApiException.class).isAssignableFrom(TooManyRequestsException.class);
    assertThat(ApiException.class).isAssignableFrom(ServerErrorException.class);
    assertThat(SpecgenException.class).isAssignableFrom(ApiException.class);
    assertThat(SpecgenException.class).isAssignableFrom(ResponseDecodeException.class);
    assertThat(ApiException.class.isAssignableFrom(ResponseDecodeException.class)).isFalse();
  }

  @Test
  void declaredErrorBodyIsDecodedForItsStatus() {
    server.enqueue(Reply.json(422, "{\"_error\":{\"status\":422,\"message\":\"bad name\"}}"));

    UnprocessableEntityException thrown =
        (UnprocessableEntityException) catchFrom(() -> core().execute(
            "createContact",
            ApiRequest.post("/contacts").jsonBody(new NewContact("x", null)).errorBody(422, ErrorBody.class).build(),
            null,
            Contact.class));

    assertThat(thrown.errorBody(ErrorBody.class)).map(body -> body.error().message()).contains("bad name");
    assertThat(thrown.errorBody()).isInstanceOf(ErrorBody.class);
    assertThat(thrown.errorBody(GenericError.class)).isEmpty();
  }

  @Test
  void defaultAndClassErrorBodiesApplyWhenNoExactStatusIsDeclared() {
    server.enqueue(Reply.json(409, "{\"message\":\"taken\"}"), Reply.json(500, "{\"message\":\"boom\"}"));
    ApiRequest request =
        ApiRequest.get("/contacts/1")
            .errorBody(422, ErrorBody.class)
            .errorBodyForClass(4, GenericError.class)
            .defaultErrorBody(GenericError.class)
            .build();

    ApiException conflict = (ApiException) catchFrom(() -> core().execute("getContact", request, null, Contact.class));
    ApiException server = (ApiException) catchFrom(() -> core().execute("getContact", request, null, Contact.class));

    assertThat(conflict.errorBody(GenericError.class)).map(GenericError::message).contains("taken");
    assertThat(server.errorBody(GenericError.class)).map(GenericError::message).contains("boom");
  }

  @Test
  void undecodableErrorBodyLeavesOnlyTheText() {
    server.enqueue(Reply.status(422, "<html>gateway</html>"));

    ApiException thrown =
        (ApiException) catchFrom(() -> core().execute(
            "getContact", ApiRequest.get("/contacts/1").errorBody(422, ErrorBody.class).build(), null, Contact.class));

    assertThat(thrown.errorBody()).isNull();
    assertThat(thrown.bodyText()).isEqualTo("<html>gateway</html>");
  }

  @Test
  void unparsableSuccessBodyRaisesResponseDecodeExceptionNamingTheOperationAndShowingTheBodyStart() {
    String body = "<html>" + "x".repeat(500) + "</html>";
    server.enqueue(Reply.status(200, body));

    ResponseDecodeException thrown =
        (ResponseDecodeException) catchFrom(() -> core().execute("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class));

    assertThat(thrown.getMessage())
        .contains("getContact", "Contact", "HTTP 200", body.substring(0, 200))
        .doesNotContain(body.substring(0, 201));
    assertThat(thrown.bodyText()).isEqualTo(body);
    assertThat(thrown.status()).isEqualTo(200);
  }

  @Test
  void refusedConnectionRaisesApiConnectionException() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    ApiClientCore core = core(builder -> builder.baseUrl("http://127.0.0.1:" + closedPort));

    SpecgenException thrown = catchFrom(() -> core.execute("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class));

    assertThat(thrown).isInstanceOf(ApiConnectionException.class);
    assertThat(thrown.getMessage()).contains("getContact", "connection failed", "GET http://127.0.0.1:" + closedPort + "/contacts/1");
  }

  @Test
  void slowResponseRaisesApiTimeoutExceptionWithinTheConfiguredBound() {
    server.enqueue(Reply.json(200, "{}").after(Duration.ofSeconds(3)));
    ApiClientCore core = core(builder -> builder.requestTimeout(Duration.ofMillis(300)));

    long start = System.nanoTime();
    SpecgenException thrown = catchFrom(() -> core.execute("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
    assertThat(thrown.getMessage()).contains("getContact", "timed out");
    assertThat(took).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void perRequestTimeoutOverridesTheClientDefault() {
    server.enqueue(Reply.json(200, "{}").after(Duration.ofSeconds(3)));

    long start = System.nanoTime();
    SpecgenException thrown = catchFrom(() -> core().execute(
        "getContact",
        ApiRequest.get("/contacts/1").build(),
        RequestOptions.builder().timeout(Duration.ofMillis(200)).build(),
        Contact.class));

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void interruptedCallerGetsRequestInterruptedExceptionAndKeepsItsInterruptFlag() {
    server.enqueue(Reply.json(200, "{}").after(Duration.ofSeconds(2)));
    ApiClientCore core = core();

    Thread.currentThread().interrupt();
    SpecgenException thrown;
    try {
      thrown = catchFrom(() -> core.execute("getContact", ApiRequest.get("/contacts/1").build(), null, Contact.class));
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }

    assertThat(thrown).isInstanceOf(RequestInterruptedException.class)
        .hasMessageContaining("getContact", "GET " + server.baseUrl() + "/contacts/1");
    assertThat(thrown.url()).isEqualTo(server.baseUrl() + "/contacts/1");
  }

  @Test
  void clientHeadersMayReplaceTheDefaultUserAgent() {
    server.enqueue(Reply.json(200, "{}"));

    core(builder -> builder.header("User-Agent", "my-app/2.0")).execute("ping", ApiRequest.get("/ping").build(), null, Void.class);

    assertThat(server.lastRequest().header("User-Agent")).isEqualTo("my-app/2.0");
  }

  @Test
  void requestsOnlyShowNamesInToString() {
    ApiRequest request =
        ApiRequest.get("/contacts/{id}").pathParam("id", "secret-id").query("q", "secret-q").header("X-Key", "secret-h").build();

    assertThat(request.toString()).contains("/contacts/{id}", "q", "X-Key").doesNotContain("secret");
  }

  @Test
  void toBuilderDerivesAChangedCopy() {
    ApiRequest first = ApiRequest.get("/contacts").query("limit", 5).build();

    ApiRequest second = first.toBuilder().query("page_token", "p2").build();

    assertThat(first.queryParams()).hasSize(1);
    assertThat(second.queryParams()).extracting(ApiRequest.QueryParam::name).containsExactly("limit", "page_token");
  }

  @Test
  void baseUrlMustBeHttpWithoutQuery() {
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl("ftp://example.com")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl("https://example.com/?a=b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientConfig.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  static SpecgenException catchFrom(Runnable call) {
    try {
      call.run();
    } catch (SpecgenException e) {
      return e;
    }
    throw new AssertionError("Expected a SpecgenException");
  }
}
