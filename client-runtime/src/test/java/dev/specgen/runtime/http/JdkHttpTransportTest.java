package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The blocking path of the JDK transport: what it costs per call and how its deadline reads. */
class JdkHttpTransportTest {

  private final TestServer server = TestServer.start();
  private final JdkHttpTransport transport = JdkHttpTransport.create(Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  private TransportRequest get(Duration timeout) {
    return new TransportRequest(
        HttpMethod.GET, URI.create(server.baseUrl() + "/contacts"), HeaderMap.empty(), null, timeout);
  }

  @Test
  void blockingSendsReuseThreadsInsteadOfStartingOnePerCall() throws Exception {
    server.handler(request -> Reply.json(200, "{}"));
    for (int i = 0; i < 5; i++) {
      transport.send(get(Duration.ofSeconds(5)));
    }
    long startedBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();

    for (int i = 0; i < 40; i++) {
      assertThat(transport.send(get(Duration.ofSeconds(5))).status()).isEqualTo(200);
    }

    // The asynchronous JDK path hands each result to the common pool, which on two cores or fewer
    // is a new thread per task; the blocking path must not pay that on every call.
    long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - startedBefore;
    assertThat(started).isLessThan(10);
  }

  @Test
  void aBlockingSendReadsTheBodyAndHeaders() throws Exception {
    server.handler(request -> Reply.json(200, "{\"id\":\"cnv_1\"}").withHeader("X-Request-Id", "r1"));

    TransportResponse response = transport.send(get(null));

    assertThat(response.bodyText()).isEqualTo("{\"id\":\"cnv_1\"}");
    assertThat(response.headers().first("X-Request-Id")).contains("r1");
  }

  @Test
  void aBlockingSendWhoseHeadersComeTooLateTimesOut() {
    server.handler(request -> Reply.json(200, "{}").after(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> transport.send(get(Duration.ofMillis(200))))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aRequestOverPlainHttpGoesOutAsHttp11WithoutOfferingAnUpgrade() throws Exception {
    server.handler(request -> Reply.json(200, "{}"));

    transport.send(get(null));
    assertThat(server.lastRequest().header("Upgrade")).isNull();

    // A client of the caller's keeps the JDK's default, HTTP/2, offered as an upgrade over cleartext.
    try (JdkHttpTransport callers = JdkHttpTransport.using(HttpClient.newHttpClient())) {
      callers.send(get(null));
    }
    assertThat(server.lastRequest().header("Upgrade")).isEqualTo("h2c");
  }

  @Test
  void aPassedDeadlineLeavesTheCallerWithoutAnInterruptAndTheTransportUsable() throws Exception {
    server.handler(request -> Reply.json(200, "{}").after(Duration.ofMillis(800)));

    assertThatThrownBy(() -> transport.send(get(Duration.ofMillis(100))))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessageContaining("within 100 ms");

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    server.handler(request -> Reply.json(200, "{}"));
    assertThat(transport.send(get(Duration.ofSeconds(5))).status()).isEqualTo(200);
  }

  @Test
  void aDeadlineThatPassesBeforeTheHeadersEndsTheWaitAtOnce() {
    server.handler(request -> Reply.json(200, "{}").after(Duration.ofSeconds(3)));

    long start = System.nanoTime();
    assertThatThrownBy(() -> transport.send(get(Duration.ofMillis(300)))).isInstanceOf(HttpTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aCallerInterruptedWhileWaitingGetsAnInterruptNotATimeout() throws Exception {
    server.handler(request -> Reply.json(200, "{}").after(Duration.ofSeconds(3)));
    Thread caller = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
      caller.interrupt();
    });
    interrupter.start();

    try {
      assertThatThrownBy(() -> transport.send(get(Duration.ofSeconds(30)))).isInstanceOf(InterruptedException.class);
    } finally {
      interrupter.join();
      Thread.interrupted();
    }
  }
}
