package dev.specgen.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the gateway runs.
 *
 * @param bindAddress the address it listens on; {@code 127.0.0.1} unless told otherwise
 * @param port the port; 0 picks a free one
 * @param apis the APIs it forwards to (one per spec)
 * @param pages the files it serves under {@link Gateway#PAGES_PREFIX}, by path ({@code front/html/index.html})
 * @param allowedOrigins browser origins besides {@code null} (pages opened from disk) and the
 *     gateway's own that may call it
 * @param maxRequestBytes larger request bodies are refused with 413
 * @param maxResponseBytes larger upstream responses become a 502
 * @param connectTimeout how long connecting upstream may take
 * @param responseTimeout how long the upstream answer may take (a 504 after that)
 */
public record GatewayConfig(String bindAddress, int port, List<GatewayApi> apis, Map<String, String> pages,
    Set<String> allowedOrigins, long maxRequestBytes, long maxResponseBytes, Duration connectTimeout,
    Duration responseTimeout) {

  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  public GatewayConfig {
    apis = List.copyOf(apis);
    pages = Map.copyOf(pages);
    allowedOrigins = Set.copyOf(allowedOrigins);
    if (apis.isEmpty()) {
      throw new IllegalArgumentException("the gateway needs at least one API");
    }
  }

  /** Defaults for everything but the APIs and pages: 127.0.0.1, limits of 10 MB, 10 s and 60 s. */
  public static GatewayConfig of(List<GatewayApi> apis, Map<String, String> pages, int port) {
    return new GatewayConfig("127.0.0.1", port, apis, pages, Set.of(), DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_BODY_BYTES, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT);
  }

  public GatewayConfig withLimits(long requestBytes, long responseBytes, Duration connect, Duration response) {
    return new GatewayConfig(bindAddress, port, apis, pages, allowedOrigins, requestBytes, responseBytes, connect,
        response);
  }

  public GatewayConfig withAllowedOrigins(Set<String> origins) {
    return new GatewayConfig(bindAddress, port, apis, pages, origins, maxRequestBytes, maxResponseBytes,
        connectTimeout, responseTimeout);
  }

  public GatewayConfig withBindAddress(String address) {
    return new GatewayConfig(address, port, apis, pages, allowedOrigins, maxRequestBytes, maxResponseBytes,
        connectTimeout, responseTimeout);
  }
}
