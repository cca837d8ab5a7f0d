package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.http.JdkHttpTransport;
import dev.specgen.runtime.http.TransportRequest;
import dev.specgen.runtime.http.TransportResponse;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a client core: later calls fail with a clear exception, the transport it created is
 * closed with its threads, and a transport shared with a derived core or handed in stays open.
 */
class ClientCloseTest {

  private final TestServer server = TestServer.start().handler(request -> Reply.json(200, "{}"));

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientConfig config() {
    return ClientConfig.builder().baseUrl(server.baseUrl()).clientName("FrontClient").build();
  }

  private static ApiRequest contact() {
    return ApiRequest.builder(HttpMethod.GET, "/contacts/crd_1").build();
  }

  @Test
  void callsAfterCloseFailWithAClearException() {
    ApiClientCore core = new ApiClientCore(config());
    core.execute("getContact", contact(), null, Map.class);

    core.close();
    core.close();

    assertThat(core.isClosed()).isTrue();
    assertThatThrownBy(() -> core.execute("getContact", contact(), null, Map.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FrontClient is closed; getContact cannot be called after close()");
    var async = core.executeAsync("getContact", contact(), null, Map.class);
    assertThatThrownBy(async::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingADerivedCoreLeavesTheSharedTransportOpen() {
    ApiClientCore parent = new ApiClientCore(config());
    ApiClientCore derived = new ApiClientCore(parent.config().toBuilder().header("X-Tenant", "t1").build());
    assertThat(derived.config().transport()).isSameAs(parent.config().transport());

    derived.close();
    parent.execute("getContact", contact(), null, Map.class);
    assertThat(server.lastRequest().header("X-Tenant")).isNull();

    ApiClientCore second = new ApiClientCore(parent.config().toBuilder().build());
    parent.close();
    assertThatThrownBy(() -> second.execute("getContact", contact(), null, Map.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transport is closed");
  }

  @Test
  void aTransportHandedInIsLeftToItsOwner() {
    AtomicBoolean closed = new AtomicBoolean();
    HttpTransport own = JdkHttpTransport.create(Duration.ofSeconds(5));
    HttpTransport watched = new HttpTransport() {
      @Override
      public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        return own.send(request);
      }

      @Override
      public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return own.sendAsync(request);
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };

    new ApiClientCore(ClientConfig.builder().baseUrl(server.baseUrl()).transport(watched).build()).close();

    assertThat(closed).isFalse();
    own.close();
  }

  @Test
  void closingTheTransportEndsItsExecutorThreads() throws Exception {
    JdkHttpTransport transport = JdkHttpTransport.create(Duration.ofSeconds(5));
    ApiClientCore core = new ApiClientCore(ClientConfig.builder().baseUrl(server.baseUrl()).transport(transport).build());
    core.execute("getContact", contact(), null, Map.class);
    String prefix = workerPrefix();
    assertThat(liveThreads(prefix)).as("worker threads while open").isPositive();

    transport.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (liveThreads(prefix) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(liveThreads(prefix)).as("worker threads after close").isZero();
    assertThatThrownBy(transport::httpClient).isInstanceOf(IllegalStateException.class);
    assertThat(transport).hasToString("JdkHttpTransport[closed]");
  }

  /** The name prefix of the newest transport's worker threads, {@code specgen-http-<n>-}. */
  private static String workerPrefix() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("specgen-http-"))
        .map(name -> name.substring(0, name.lastIndexOf('-') + 1))
        .max((a, b) -> Integer.compare(number(a), number(b)))
        .orElseThrow();
  }

  private static int number(String prefix) {
    return Integer.parseInt(prefix.substring("specgen-http-".length(), prefix.length() - 1));
  }

  private static long liveThreads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.isAlive() && thread.getName().startsWith(prefix))
        .count();
  }
}
