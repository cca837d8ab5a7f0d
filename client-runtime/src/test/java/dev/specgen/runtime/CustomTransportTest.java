package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.http.JdkHttpTransport;
import dev.specgen.runtime.http.TransportRequest;
import dev.specgen.runtime.http.TransportResponse;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A user-supplied transport is used for every request, sync and async. */
class CustomTransportTest {

  private final TestServer server = TestServer.start().handler(request -> Reply.json(200, "{\"ok\":true}"));

  @AfterEach
  void stop() {
    server.close();
  }

  /** Wraps the JDK transport, recording what passes through and adding a header. */
  static final class RecordingTransport implements HttpTransport {
    final List<TransportRequest> seen = new CopyOnWriteArrayList<>();
    private final HttpTransport delegate =
        JdkHttpTransport.using(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
      seen.add(request);
      return delegate.send(withMarker(request));
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
      seen.add(request);
      return delegate.sendAsync(withMarker(request));
    }

    private static TransportRequest withMarker(TransportRequest request) {
      return new TransportRequest(
          request.method(),
          request.uri(),
          request.headers().toBuilder().set("X-Transport", "custom").build(),
          request.body(),
          request.timeout().orElse(null),
          request.responseLimits());
    }
  }

  @Test
  void requestsGoThroughTheConfiguredTransport() throws Exception {
    RecordingTransport transport = new RecordingTransport();
    ApiClientCore core =
        new ApiClientCore(
            ClientConfig.builder()
                .baseUrl(server.baseUrl())
                .transport(transport)
                .requestTimeout(Duration.ofSeconds(7))
                .retryPolicy(RetryPolicy.none())
                .build());

    Map<?, ?> sync = core.execute("ping", ApiRequest.get("/ping").build(), null, Map.class);
    Map<?, ?> async = core.executeAsync("ping", ApiRequest.get("/ping").build(), null, Map.class).get();

    assertThat(sync.get("ok")).isEqualTo(true);
    assertThat(async.get("ok")).isEqualTo(true);
    assertThat(transport.seen).hasSize(2);
    assertThat(transport.seen.get(0).timeout()).contains(Duration.ofSeconds(7));
    assertThat(server.requests()).allSatisfy(request -> assertThat(request.header("X-Transport")).isEqualTo("custom"));
  }

  @Test
  void defaultTransportUsesTheConfiguredConnectTimeoutAndNeverFollowsRedirects() {
    ClientConfig config =
        ClientConfig.builder().baseUrl(server.baseUrl()).connectTimeout(Duration.ofMillis(1234)).build();

    HttpClient client = ((JdkHttpTransport) config.transport()).httpClient();

    assertThat(client.connectTimeout()).contains(Duration.ofMillis(1234));
    assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
  }
}
