package com.example.checked.callers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.checked.front.FrontClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hand-written callers of {@link ClientSurfaceUse}, run against a local server. */
class ClientSurfaceUseTest {

  private HttpServer server;
  private FrontClient front;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ClientSurfaceUseTest::answer);
    server.start();
    front = ClientSurfaceUse.client("http://127.0.0.1:" + server.getAddress().getPort(), "tok_1");
  }

  @AfterEach
  void stop() {
    front.close();
    server.stop(0);
  }

  @Test
  void theRawViewWithAPathShortcutAndParamsGivesTheStatus() {
    assertThat(ClientSurfaceUse.firstPageStatus(front, "crd_1", 5)).isEqualTo(200);
  }

  @Test
  void theAsyncViewCountsOrReadsTheTypedErrorBody() {
    assertThat(ClientSurfaceUse.countOrMessage(front, "crd_1").join()).isEqualTo("1");
    assertThat(ClientSurfaceUse.countOrMessage(front, "crd_404").join())
        .isEqualTo("No contact matches crd_404 (request req_9)");
  }

  @Test
  void anObserverOfADerivedClientSeesTheAttempt() {
    assertThat(ClientSurfaceUse.attemptStatuses(front, "crd_1")).containsExactly(200);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    boolean authorized = "Bearer tok_1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
    if (!authorized) {
      send(exchange, 401, "{\"_error\":{\"status\":401,\"message\":\"no token\"}}");
    } else if (path.equals("/contacts/crd_1/conversations")) {
      send(exchange, 200, "{\"_results\":[{\"id\":\"cnv_1\",\"subject\":\"Hi\"}],\"_pagination\":{}}");
    } else {
      exchange.getResponseHeaders().add("X-Request-Id", "req_9");
      send(exchange, 404, "{\"_error\":{\"status\":404,\"message\":\"No contact matches crd_404\"}}");
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
