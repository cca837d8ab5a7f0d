package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.specgen.runtime.body.EventStream;
import dev.specgen.runtime.body.ServerSentEvent;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.testing.Invoke;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client of {@code media-types.yaml} reads binary responses as streams it hands
 * over unread, and event streams one event at a time while the server holds the connection open.
 */
class MediaTypesResponseTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2};

  private final CountDownLatch firstEventRead = new CountDownLatch(1);
  private final CountDownLatch connectionClosed = new CountDownLatch(1);
  private final MediaServer server = newServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private MediaServer newServer() {
    return MediaServer.start()
        .on("/pets/p1/photo", exchange -> {
          server().record(exchange, new byte[0]);
          MediaServer.respond(exchange, 200, "image/png", PNG);
        })
        .on("/pets/p2/photo", exchange -> MediaServer.respond(exchange, 404, "application/json",
            "{\"title\":\"no photo\"}".getBytes(StandardCharsets.UTF_8)))
        .on("/events", this::events);
  }

  private MediaServer server() {
    return server;
  }

  @Test
  void binaryResponseIsWrittenToAPathAndTheAcceptHeaderListsTheDeclaredTypes(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("photo.png");

    Object written = MediaClients.scenario("downloadPhoto", server.baseUrl(), target);

    assertThat(written).isEqualTo((long) PNG.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(PNG);
    assertThat(server.last().header("Accept")).isEqualTo("image/png, application/json");
  }

  @Test
  void anErrorOfABinaryOperationIsReadWholeAndMappedToItsType() {
    assertThatThrownBy(() -> MediaClients.scenario("downloadMissingPhoto", server.baseUrl()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo("MediaNotFoundException");
          assertThat(Invoke.call(Invoke.call(e, "body"), "title")).isEqualTo("no photo");
        });
  }

  @Test
  void eventsArriveOneByOneWhileTheConnectionStaysOpenAndClosingClosesIt() throws Exception {
    @SuppressWarnings("unchecked")
    EventStream<Object> events = (EventStream<Object>) MediaClients.scenario("events", server.baseUrl(), "pets");

    // The server writes the second event only after the client has read the first.
    ServerSentEvent<Object> first = events.next().orElseThrow();
    assertThat(first.event()).isEqualTo("created");
    assertThat(first.id()).isEqualTo("1");
    assertThat(first.rawData()).isEqualTo("{\"pet\":\"rex\",\n\"action\":\"adopted\"}");
    assertThat(Invoke.call(first.data(), "pet")).isEqualTo("rex");
    assertThat(Invoke.call(first.data(), "action")).isEqualTo("adopted");
    firstEventRead.countDown();

    ServerSentEvent<Object> second = events.next().orElseThrow();
    assertThat(second.event()).isEqualTo("message");
    assertThat(second.id()).isEqualTo("1");
    assertThat(second.retry()).isEqualTo(Duration.ofMillis(2500));
    assertThat(Invoke.call(second.data(), "pet")).isEqualTo("tom");

    events.close();
    assertThat(connectionClosed.await(10, TimeUnit.SECONDS))
        .as("the server's writes fail once the client has closed the stream").isTrue();
  }

  @Test
  void theAsyncFormCompletesWhenTheHeadersArriveAndReadsToTheEnd() throws Exception {
    @SuppressWarnings("unchecked")
    CompletableFuture<EventStream<Object>> future =
        (CompletableFuture<EventStream<Object>>) MediaClients.scenario("eventsAsync", server.baseUrl(), "short");

    try (EventStream<Object> events = future.get(10, TimeUnit.SECONDS)) {
      assertThat(events.stream().map(e -> Invoke.call(e.data(), "action")).toList()).containsExactly("fed", "slept");
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    if (exchange.getRequestURI().getQuery().contains("short")) {
      send(out, "data: {\"pet\":\"tom\",\"action\":\"fed\"}\n\n: comment\ndata: {\"pet\":\"tom\",\"action\":\"slept\"}\n\n");
      out.close();
      return;
    }
    send(out, "event: created\nid: 1\ndata: {\"pet\":\"rex\",\ndata: \"action\":\"adopted\"}\n\n");
    await(firstEventRead);
    send(out, "retry: 2500\ndata: {\"pet\":\"tom\",\"action\":\"fed\"}\n\n");
    try {
      for (int i = 0; i < 200; i++) { // keep-alives until the client goes away, at most 10 s
        Thread.sleep(50);
        send(out, ": keep-alive\n\n");
      }
    } catch (IOException e) {
      connectionClosed.countDown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the client did not read the first event");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
