package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.CallObserver;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a generated client is made, derived and closed, against a real server on 127.0.0.1: {@code
 * fromEnv} with the variables the docs name, {@code withOptions}, and {@code close()} ending the
 * client's threads.
 */
class ClientLifecycleTest {

  private static final String SCENARIO = """
      package test.lifecycle;

      import dev.specgen.runtime.CallObserver;
      import dev.specgen.runtime.retry.RetryPolicy;
      import java.time.Duration;
      import java.util.Map;

      public final class Scenario {
        public static FrontClient fromEnv(Map<String, String> variables) {
          return FrontClient.fromEnv(variables::get);
        }

        public static FrontClient withToken(String baseUrl, String token) {
          return FrontClient.builder().baseUrl(baseUrl).bearerToken(token).build();
        }

        public static FrontClient withHeader(FrontClient client, String name, String value) {
          return client.withOptions(options -> options.header(name, value));
        }

        public static FrontClient withOtherToken(FrontClient client, String token) {
          return client.withOptions(options -> options.bearerToken(token));
        }

        public static Object list(FrontClient client) {
          return client.listContactConversations(
              ListContactConversationsRequest.builder().contactId("crd_1").build());
        }

        public static FrontClient observed(String baseUrl, CallObserver observer) {
          return FrontClient.builder()
              .baseUrl(baseUrl)
              .bearerToken("observed-token")
              .observer(observer)
              .logRequests(System.Logger.Level.INFO)
              .redactHeader("X-Tenant")
              .header("X-Tenant", "tenant-secret")
              .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ZERO).build())
              .build();
        }

        /** Creates, uses and closes a client, as short-lived code does. */
        public static void useAndClose(String baseUrl) {
          try (FrontClient client = withToken(baseUrl, "short-lived")) {
            list(client);
          }
        }
      }
      """;

  /** No server, and three ways to authenticate, any one of which will do. */
  private static final String MULTI_AUTH_SPEC = """
      openapi: 3.1.0
      info: {title: Vault, version: 1.0.0}
      paths:
        /ping:
          get:
            operationId: ping
            security: [{basicAuth: []}, {keyAuth: []}, {bearerAuth: []}]
            responses:
              '204': {description: Alive.}
        /secrets:
          post:
            operationId: createSecret
            security: [{keyAuth: []}]
            requestBody:
              required: true
              content:
                application/json:
                  schema: {type: object, properties: {name: {type: string}}}
            responses:
              '201': {description: Created.}
      components:
        securitySchemes:
          basicAuth: {type: http, scheme: basic}
          keyAuth: {type: apiKey, in: header, name: X-Api-Key}
          bearerAuth: {type: http, scheme: bearer}
      """;

  private static final String MULTI_AUTH_SCENARIO = """
      package test.vault;

      import dev.specgen.runtime.retry.RetryPolicy;
      import java.time.Duration;
      import java.util.Map;

      public final class Scenario {
        public static void ping(Map<String, String> variables) {
          try (VaultClient client = VaultClient.fromEnv(variables::get)) {
            client.ping();
          }
        }

        /** A POST through a client derived with idempotency keys; retries come at once. */
        public static void createSecret(Map<String, String> variables) {
          try (VaultClient client = VaultClient.fromEnv(variables::get);
              VaultClient keyed = client.withOptions(options -> options
                  .idempotencyKeyHeader("Idempotency-Key")
                  .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ZERO).build()))) {
            keyed.createSecret(CreateSecretRequest.builder().body(CreateSecretRequestBody.builder().name("db").build()).build());
          }
        }
      }
      """;

  private static final String PAGE = "{\"_pagination\":{\"next\":null},\"_results\":[]}";

  private static InMemoryCompiler.Compilation compiled;
  private final TestServer server = TestServer.start().respondWith(request -> TestServer.Response.json(200, PAGE));

  @BeforeAll
  static void compile() {
    compiled = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("front.yaml"), "test.lifecycle",
        Map.of("test/lifecycle/Scenario.java", SCENARIO));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Class<?> vaultScenario(Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("vault.yaml"), MULTI_AUTH_SPEC);
    return SpecgenTestKit.compileClient(spec, "test.vault", Map.of("test/vault/Scenario.java", MULTI_AUTH_SCENARIO))
        .loadClass("test.vault.Scenario");
  }

  private static Object scenario(String method, Object... args) {
    return Invoke.callStatic(compiled.loadClass("test.lifecycle.Scenario"), method, args);
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    assertThatThrownBy(() -> scenario("fromEnv", Map.of("FRONT_BASE_URL", server.baseUrl())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FrontClient.fromEnv(): set the environment variable FRONT_API_TOKEN to the bearer token;"
            + " it is not set");
    assertThatThrownBy(() -> scenario("fromEnv", Map.of("FRONT_API_TOKEN", "  ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FrontClient.fromEnv(): the environment variable FRONT_API_TOKEN is blank");
  }

  @Test
  void withSeveralWaysToAuthenticateFromEnvTakesAnyOneAndNamesThemAllWhenNoneIsSet(@TempDir Path dir)
      throws Exception {
    Class<?> vault = vaultScenario(dir);
    server.enqueue(TestServer.Response.json(204, ""));
    server.enqueue(TestServer.Response.json(204, ""));

    assertThatThrownBy(() -> Invoke.callStatic(vault, "ping", Map.of("VAULT_API_TOKEN", "t")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("VaultClient.fromEnv(): set the environment variable VAULT_BASE_URL to the URL requests go to;"
            + " it is not set");
    assertThatThrownBy(() -> Invoke.callStatic(vault, "ping", Map.of("VAULT_BASE_URL", server.baseUrl())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("VaultClient.fromEnv(): set one of the environment variables VAULT_USERNAME, VAULT_X_API_KEY,"
            + " VAULT_API_TOKEN to a credential; none is set");
    assertThatThrownBy(() -> Invoke.callStatic(vault, "ping",
            Map.of("VAULT_BASE_URL", server.baseUrl(), "VAULT_USERNAME", "ada")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set the environment variable VAULT_PASSWORD to the password");

    Invoke.callStatic(vault, "ping", Map.of("VAULT_BASE_URL", server.baseUrl(), "VAULT_X_API_KEY", "key-1"));
    assertThat(server.lastRequest().header("X-Api-Key")).isEqualTo("key-1");
    Invoke.callStatic(vault, "ping",
        Map.of("VAULT_BASE_URL", server.baseUrl(), "VAULT_USERNAME", "ada", "VAULT_PASSWORD", "pw"));
    assertThat(server.lastRequest().header("Authorization")).startsWith("Basic ");
  }

  @Test
  void fromEnvSendsToTheBaseUrlWithTheToken() {
    Object client = scenario("fromEnv", Map.of("FRONT_BASE_URL", server.baseUrl(), "FRONT_API_TOKEN", "env-token"));
    try (AutoCloseable closeable = (AutoCloseable) client) {
      scenario("list", client);
    } catch (Exception e) {
      throw new AssertionError(e);
    }

    assertThat(server.lastRequest().rawPath()).isEqualTo("/contacts/crd_1/conversations");
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer env-token");
  }

  @Test
  void aPostThroughAClientWithIdempotencyKeysIsRetriedWithOneKey(@TempDir Path dir) throws Exception {
    Class<?> vault = vaultScenario(dir);
    server.enqueue(TestServer.Response.json(503, "{}"));
    server.enqueue(TestServer.Response.json(201, "{}"));

    Invoke.callStatic(vault, "createSecret", Map.of("VAULT_BASE_URL", server.baseUrl(), "VAULT_X_API_KEY", "k"));

    assertThat(server.requests()).hasSize(2).allSatisfy(request -> assertThat(request.method()).isEqualTo("POST"));
    String key = server.requests().get(0).header("Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(server.requests().get(1).header("Idempotency-Key")).isEqualTo(key);
  }

  @Test
  void theBuilderSetsTheObserverAndTheRedactedRequestLog() throws Exception {
    List<CallObserver.AttemptEvent> attempts = new CopyOnWriteArrayList<>();
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger("dev.specgen.runtime.http");
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(capture);
    boolean useParentHandlers = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false); // keeps the entries out of the build's console
    server.enqueue(TestServer.Response.json(503, "{}"));
    try (AutoCloseable client = (AutoCloseable) scenario("observed", server.baseUrl(),
        CallObserver.onAttempt(attempts::add))) {
      scenario("list", client);
    } finally {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(useParentHandlers);
    }

    assertThat(attempts).extracting(CallObserver.AttemptEvent::attempt).containsExactly(1, 2);
    assertThat(attempts).extracting(a -> a.status().getAsInt()).containsExactly(503, 200);
    assertThat(attempts).allSatisfy(a -> assertThat(a.operationId()).isEqualTo("listContactConversations"));
    String log = records.stream().map(LogRecord::getMessage).collect(Collectors.joining("\n"));
    assertThat(log).contains("listContactConversations #1 --> GET", "listContactConversations #2 <-- 200",
        "Authorization: ****", "X-Tenant: ****").doesNotContain("observed-token", "tenant-secret");
  }

  @Test
  void aNullTokenIsAClearErrorNamingTheVariable() {
    assertThatThrownBy(() -> scenario("withToken", server.baseUrl(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FrontClient.Builder.bearerToken: the credential is null; if it was read with"
            + " System.getenv(\"FRONT_API_TOKEN\"), that variable is not set (fromEnv() reads it and names what"
            + " is missing)");
  }

  @Test
  void aDerivedClientHasItsOwnDefaultsAndSharesTheTransport() throws Exception {
    AutoCloseable parent = (AutoCloseable) scenario("withToken", server.baseUrl(), "parent-token");
    AutoCloseable tenant = (AutoCloseable) scenario("withHeader", parent, "X-Tenant", "t1");
    AutoCloseable other = (AutoCloseable) scenario("withOtherToken", parent, "other-token");

    scenario("list", tenant);
    assertThat(server.lastRequest().header("X-Tenant")).isEqualTo("t1");
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer parent-token");
    scenario("list", other);
    assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer other-token");

    tenant.close();
    scenario("list", parent);
    assertThat(server.lastRequest().header("X-Tenant")).as("the parent keeps its defaults").isNull();
    assertThatThrownBy(() -> scenario("list", tenant))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FrontClient is closed; listContactConversations cannot be called after close()");

    parent.close();
    assertThatThrownBy(() -> scenario("list", other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transport is closed");
    other.close();
  }

  @Test
  void closingTwoHundredClientsGivesTheirThreadsBack() throws Exception {
    scenario("useAndClose", server.baseUrl()); // loads the classes and the server's first handler thread
    Set<String> before = liveThreadNames();

    int peak = 0;
    for (int i = 0; i < 200; i++) {
      scenario("useAndClose", server.baseUrl());
      peak = Math.max(peak, liveThreadNames().size());
    }
    Set<String> after = settledThreadNames(before, Duration.ofSeconds(30));

    System.out.printf("threads: %d before, peak %d while 200 clients were made and closed, %d after%n",
        before.size(), peak, after.size());
    assertThat(after.size()).as("live threads after closing 200 clients: %s", after)
        .isLessThanOrEqualTo(before.size() + 2);
    assertThat(after).as("HTTP client threads left").noneMatch(name -> isNewHttpThread(name, before));
  }

  /**
   * Waits, collecting garbage, until the HTTP client threads started since {@code before} have ended
   * and at most two threads more than then are alive, or the time is up. A closed client's selector
   * thread ends once the JDK client is collected.
   */
  private static Set<String> settledThreadNames(Set<String> before, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    Set<String> names = liveThreadNames();
    while ((names.size() > before.size() + 2 || names.stream().anyMatch(name -> isNewHttpThread(name, before)))
        && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(200);
      names = liveThreadNames();
    }
    return names;
  }

  private static boolean isNewHttpThread(String name, Set<String> before) {
    return (name.startsWith("HttpClient-") || name.startsWith("specgen-http-")) && !before.contains(name);
  }

  private static Set<String> liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }
}
