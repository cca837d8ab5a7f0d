package dev.specgen.gateway;

import com.sun.net.httpserver.Headers;
import dev.specgen.ir.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the credentials on a forwarded request. Each scheme's value comes from the gateway's own
 * configuration or, where none is configured, from the page's {@code X-Specgen-Credential-<scheme>}
 * header. The page names the schemes its operation uses in {@code X-Specgen-Schemes}; without it
 * (a generated client calling the gateway) every configured credential is added.
 */
final class CredentialInjector {

  static final String CREDENTIAL_HEADER = "X-Specgen-Credential-";
  static final String SCHEMES_HEADER = "X-Specgen-Schemes";

  /**
   * What to add to the upstream request.
   *
   * @param headers header names and values to set
   * @param queryPairs encoded {@code name=value} pairs to append to the query
   */
  record Injection(Map<String, String> headers, List<String> queryPairs) {}

  private CredentialInjector() {}

  static Injection injection(GatewayApi api, Headers request) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> query = new java.util.ArrayList<>();
    Optional<List<String>> requested = Optional.ofNullable(request.getFirst(SCHEMES_HEADER))
        .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    for (SecurityScheme scheme : api.schemes()) {
      if (requested.isPresent() && !requested.get().contains(scheme.key())) {
        continue;
      }
      String value = api.configured().get(scheme.key());
      if (value == null && requested.isPresent()) {
        value = request.getFirst(CREDENTIAL_HEADER + scheme.key());
      }
      if (value != null && !value.isEmpty()) {
        apply(scheme, value, headers, query);
      }
    }
    return new Injection(headers, query);
  }

  private static void apply(SecurityScheme scheme, String value, Map<String, String> headers, List<String> query) {
    switch (scheme.kind()) {
      case BEARER -> headers.put("Authorization", "Bearer " + value);
      case BASIC -> headers.put("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
      case API_KEY -> {
        switch (scheme.apiKeyLocation()) {
          case HEADER -> headers.put(scheme.parameterName(), value);
          case QUERY -> query.add(encode(scheme.parameterName()) + "=" + encode(value));
          case COOKIE -> headers.merge("Cookie", scheme.parameterName() + "=" + value, (a, b) -> a + "; " + b);
        }
      }
    }
  }

  /** Whether a request header belongs to the gateway (and is never forwarded). */
  static boolean isGatewayHeader(String name) {
    return name.toLowerCase(Locale.ROOT).startsWith("x-specgen-");
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
