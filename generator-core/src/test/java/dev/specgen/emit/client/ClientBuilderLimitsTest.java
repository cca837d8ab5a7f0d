package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.read.LoadOptions;
import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.ResponseTooLargeException;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client's builder sets the runtime's deadlines and size limits: a call deadline
 * across retries and the largest body a call reads, each shown against a real server on 127.0.0.1.
 */
class ClientBuilderLimitsTest {

  private static final String SCENARIO = """
      package test.limits;

      import dev.specgen.runtime.retry.RetryPolicy;
      import java.time.Duration;

      public final class Scenario {
        public static Object listWithCallDeadline(String baseUrl, long callMillis) {
          FrontClient client = FrontClient.builder()
              .baseUrl(baseUrl)
              .bearerToken("limits-test-token")
              .requestTimeout(Duration.ofMillis(callMillis * 4))
              .callTimeout(Duration.ofMillis(callMillis))
              .retryPolicy(RetryPolicy.none())
              .build();
          return client.listContactConversations(
              ListContactConversationsRequest.builder().contactId("crd_1").build());
        }

        public static Object listWithBodyLimit(String baseUrl, int maxBytes) {
          FrontClient client = FrontClient.builder()
              .baseUrl(baseUrl)
              .bearerToken("limits-test-token")
              .maxResponseBytes(maxBytes)
              .maxErrorBodyBytes(16)
              .build();
          return client.listContactConversations(
              ListContactConversationsRequest.builder().contactId("crd_1").build());
        }
      }
      """;

  private static final String PAGE = "{\"_pagination\":{\"next\":null},\"_links\":{\"self\":\"x\"},\"_results\":[]}";

  private static InMemoryCompiler.Compilation compiled;
  private HttpServer server;

  @BeforeAll
  static void compile() {
    Map<String, String> sources = new LinkedHashMap<>();
    var model = SpecgenTestKit.load(SpecgenTestKit.flagshipSpec("front.yaml"), LoadOptions.defaults())
        .model().orElseThrow();
    for (GeneratedFile file : SpecgenTestKit.sources(model, "test.limits", true)) {
      sources.put(file.relativePath(), file.content());
    }
    sources.put("test/limits/Scenario.java", SCENARIO);
    compiled = InMemoryCompiler.create().compile(sources).assertSucceeded();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void theCallDeadlineSetOnTheBuilderEndsACallToAServerThatNeverAnswers() throws IOException {
    String baseUrl = serve(Duration.ofSeconds(10), PAGE);

    long start = System.nanoTime();
    assertThatThrownBy(() -> Invoke.callStatic(scenario(), "listWithCallDeadline", baseUrl, 500L))
        .isInstanceOf(ApiTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void theBodyLimitSetOnTheBuilderRefusesALargerPage() throws IOException {
    String baseUrl = serve(Duration.ZERO, PAGE);

    assertThatThrownBy(() -> Invoke.callStatic(scenario(), "listWithBodyLimit", baseUrl, 16))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("listContactConversations");
    assertThat(Invoke.callStatic(scenario(), "listWithBodyLimit", baseUrl, PAGE.length())).isNotNull();
  }

  private static Class<?> scenario() {
    return compiled.loadClass("test.limits.Scenario");
  }

  /** Answers every request with {@code body} after {@code delay}. */
  private String serve(Duration delay, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      try {
        Thread.sleep(delay.toMillis());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // the client gave up first: nothing to answer
      } finally {
        exchange.close();
      }
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
