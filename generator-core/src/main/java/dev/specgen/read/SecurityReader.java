package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.SecurityRequirement;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.SecurityScheme.ApiKeyLocation;
import dev.specgen.ir.SecurityScheme.Kind;
import dev.specgen.load.ListNode;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.RefResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads security schemes and the requirements that operations (or the document) declare. */
final class SecurityReader {

  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final Fields fields;
  private final boolean scopesOnlyForOAuth;
  private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
  private final Map<String, String> schemeTypes = new LinkedHashMap<>();
  private List<SecurityRequirement> documentDefault = List.of();

  /**
   * @param scopesOnlyForOAuth true for OpenAPI 3.0, where only OAuth 2 and OpenID Connect
   *     requirements may list scopes (3.1 allows role names for any scheme)
   */
  SecurityReader(RefResolver refs, Diagnostics diagnostics, boolean scopesOnlyForOAuth) {
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
    this.scopesOnlyForOAuth = scopesOnlyForOAuth;
  }

  void readSchemes(MapNode components) {
    fields.map(components, "securitySchemes").ifPresent(map -> map.entries().forEach((key, node) ->
        refs.resolve(node).flatMap(n -> fields.asMap(n, "a security scheme"))
            .flatMap(scheme -> scheme(key, scheme))
            .ifPresent(scheme -> schemes.put(key, scheme))));
  }

  void readDocumentDefault(MapNode root) {
    documentDefault = requirements(root).orElse(List.of());
  }

  List<SecurityScheme> schemes() {
    return List.copyOf(schemes.values());
  }

  /** The operation's own requirements, or the document's when it declares none. */
  List<SecurityRequirement> requirementsOf(MapNode operation) {
    return requirements(operation).orElse(documentDefault);
  }

  private Optional<SecurityScheme> scheme(String key, MapNode node) {
    Optional<String> type = fields.string(node, "type");
    String description = fields.stringOr(node, "description", "");
    if (type.isEmpty()) {
      diagnostics.error(node.location(), "security scheme '" + key + "' has no 'type'");
      return Optional.empty();
    }
    schemeTypes.put(key, type.get());
    switch (type.get()) {
      case "http":
        return httpScheme(key, node, description);
      case "apiKey":
        return apiKeyScheme(key, node, description);
      case "oauth2", "openIdConnect":
        return Optional.of(new SecurityScheme(key, Kind.BEARER, null, "", description));
      default:
        diagnostics.warning(node.get("type").get().location(), "security scheme type '" + type.get()
            + "' is not supported; operations that need only it are sent without credentials");
        return Optional.empty();
    }
  }

  private Optional<SecurityScheme> httpScheme(String key, MapNode node, String description) {
    for (String stray : List.of("name", "in")) {
      if (node.has(stray)) {
        diagnostics.warning(node.keyLocation(stray), "'" + stray
            + "' is not a field of an http security scheme; it is ignored");
      }
    }
    String scheme = fields.stringOr(node, "scheme", "").toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "bearer":
        return Optional.of(new SecurityScheme(key, Kind.BEARER, null, "", description));
      case "basic":
        return Optional.of(new SecurityScheme(key, Kind.BASIC, null, "", description));
      default:
        diagnostics.warning(node.location(), "http scheme '" + scheme
            + "' is not supported (bearer and basic are); it is ignored");
        return Optional.empty();
    }
  }

  private Optional<SecurityScheme> apiKeyScheme(String key, MapNode node, String description) {
    Optional<String> name = fields.string(node, "name");
    Optional<String> in = fields.string(node, "in");
    if (name.isEmpty() || in.isEmpty()) {
      diagnostics.error(node.location(), "apiKey security scheme '" + key + "' needs 'name' and 'in'");
      return Optional.empty();
    }
    ApiKeyLocation location;
    switch (in.get()) {
      case "header" -> location = ApiKeyLocation.HEADER;
      case "query" -> location = ApiKeyLocation.QUERY;
      case "cookie" -> location = ApiKeyLocation.COOKIE;
      default -> {
        diagnostics.error(node.get("in").get().location(), "apiKey 'in: " + in.get()
            + "' is unknown (expected header, query or cookie)");
        return Optional.empty();
      }
    }
    return Optional.of(new SecurityScheme(key, Kind.API_KEY, location, name.get(), description));
  }

  /** The requirements listed under {@code security}; empty when the key is absent. */
  private Optional<List<SecurityRequirement>> requirements(MapNode holder) {
    Optional<ListNode> list = fields.list(holder, "security");
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<SecurityRequirement> requirements = new ArrayList<>();
    for (Node item : list.get().items()) {
      fields.asMap(item, "a security requirement").ifPresent(map -> requirements.add(requirement(map)));
    }
    return Optional.of(requirements);
  }

  private SecurityRequirement requirement(MapNode map) {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    map.entries().forEach((key, value) -> {
      List<String> scopes = fields.strings(map, key);
      if (!schemeTypes.containsKey(key)) {
        diagnostics.error(map.keyLocation(key), "unknown security scheme '" + key + "'");
        return;
      }
      String type = schemeTypes.get(key);
      boolean oauth = type.equals("oauth2") || type.equals("openIdConnect");
      if (scopesOnlyForOAuth && !oauth && !scopes.isEmpty()) {
        diagnostics.warning(map.keyLocation(key), "scheme '" + key + "' is of type " + type
            + ", which takes no scopes in OpenAPI 3.0; the scopes are kept as documentation");
      }
      if (schemes.containsKey(key)) {
        entries.put(key, scopes);
      }
    });
    return new SecurityRequirement(entries);
  }
}
