package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The default {@link HttpTransport}, over the JDK's {@link HttpClient}. */
public final class JdkHttpTransport implements HttpTransport {

  private final HttpClient client;

  private JdkHttpTransport(HttpClient client) {
    this.client = client;
  }

  /**
   * Creates a transport with its own {@link HttpClient}. Redirects are not followed: following
   * one to another host would carry the credentials there.
   *
   * @param connectTimeout how long to wait for a connection, or null for the JDK default
   * @return a new transport
   */
  public static JdkHttpTransport create(Duration connectTimeout) {
    HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return new JdkHttpTransport(builder.build());
  }

  /**
   * Wraps an existing client, for callers who need a proxy, an SSL context or an executor of
   * their own.
   *
   * @param client the client to send with
   * @return a transport over that client
   */
  public static JdkHttpTransport using(HttpClient client) {
    return new JdkHttpTransport(Objects.requireNonNull(client, "client"));
  }

  /**
   * Returns the underlying client.
   *
   * @return the JDK client
   */
  public HttpClient httpClient() {
    return client;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    return toTransportResponse(client.send(toJdkRequest(request), HttpResponse.BodyHandlers.ofByteArray()));
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    return client
        .sendAsync(toJdkRequest(request), HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(JdkHttpTransport::toTransportResponse);
  }

  @Override
  public StreamedResponse sendStreaming(TransportRequest request) throws IOException, InterruptedException {
    return toStreamedResponse(client.send(toJdkRequest(request), HttpResponse.BodyHandlers.ofInputStream()));
  }

  @Override
  public CompletableFuture<StreamedResponse> sendStreamingAsync(TransportRequest request) {
    return client
        .sendAsync(toJdkRequest(request), HttpResponse.BodyHandlers.ofInputStream())
        .thenApply(JdkHttpTransport::toStreamedResponse);
  }

  private static StreamedResponse toStreamedResponse(HttpResponse<InputStream> response) {
    return new StreamedResponse(response.statusCode(), toHeaderMap(response.headers()), response.body());
  }

  private static HttpRequest toJdkRequest(TransportRequest request) {
    HttpRequest.BodyPublisher body =
        request.streamingBody().map(StreamingPublishers::of).orElseGet(() ->
            request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                : HttpRequest.BodyPublishers.noBody());
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).method(request.method().name(), body);
    request.timeout().ifPresent(builder::timeout);
    request.headers().asMap().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    return builder.build();
  }

  private static TransportResponse toTransportResponse(HttpResponse<byte[]> response) {
    return new TransportResponse(response.statusCode(), toHeaderMap(response.headers()), response.body());
  }

  private static HeaderMap toHeaderMap(HttpHeaders headers) {
    HeaderMap.Builder builder = HeaderMap.builder();
    for (Map.Entry<String, List<String>> entry : headers.map().entrySet()) {
      // HTTP/2 pseudo-headers such as ":status" are framing, not headers a caller asked about.
      if (!entry.getKey().startsWith(":")) {
        entry.getValue().forEach(value -> builder.add(entry.getKey(), value));
      }
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[" + client.version() + "]";
  }
}
