package dev.specgen.gateway;

import com.sun.net.httpserver.Headers;
import java.util.HashSet;
import java.util.Set;

/**
 * The CORS answers the reference's pages need. Only pages opened from disk (origin {@code null}),
 * the gateway's own pages and origins given with {@code --allow-origin} may call it from a browser:
 * any other web site the user visits must not be able to spend the credentials configured on it.
 * Requests without an {@code Origin} (curl, a generated client) are not browser requests and pass.
 */
final class Cors {

  static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

  private final Set<String> origins = new HashSet<>();

  Cors(Set<String> allowedOrigins, int port) {
    origins.addAll(allowedOrigins);
    origins.add("null");
    origins.add("http://127.0.0.1:" + port);
    origins.add("http://localhost:" + port);
  }

  /** Whether a request with this {@code Origin} header (or none) may be answered. */
  boolean allows(String origin) {
    return origin == null || origins.contains(origin);
  }

  /** The headers every answer to an allowed browser request carries. */
  void addTo(Headers response, String origin) {
    if (origin != null) {
      response.set("Access-Control-Allow-Origin", origin);
      response.set("Vary", "Origin");
      response.set("Access-Control-Expose-Headers", "*");
    }
  }

  /** The answer to a preflight request: the methods and headers the page may use. */
  void addPreflight(Headers request, Headers response) {
    response.set("Access-Control-Allow-Methods", ALLOWED_METHODS);
    String headers = request.getFirst("Access-Control-Request-Headers");
    if (headers != null) {
      response.set("Access-Control-Allow-Headers", headers);
    }
    if ("true".equals(request.getFirst("Access-Control-Request-Private-Network"))) {
      response.set("Access-Control-Allow-Private-Network", "true"); // a page from disk calling 127.0.0.1
    }
    response.set("Access-Control-Max-Age", "600");
  }
}
