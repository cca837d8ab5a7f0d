package dev.specgen.ir;

/**
 * How a client authenticates. OAuth 2 and OpenID Connect schemes are reduced to a bearer token:
 * the client sends a token the caller obtained; obtaining it is out of scope.
 *
 * @param key the scheme's name under {@code components.securitySchemes}
 * @param kind the mechanism
 * @param apiKeyLocation where an API key goes; {@code null} unless {@code kind} is {@link
 *     Kind#API_KEY}
 * @param parameterName the header, query or cookie name of an API key; empty otherwise
 * @param description the spec's description, or empty
 */
public record SecurityScheme(
    String key, Kind kind, ApiKeyLocation apiKeyLocation, String parameterName, String description) {

  /** The authentication mechanisms a generated client supports. */
  public enum Kind {
    /** {@code Authorization: Bearer <token>}; also stands for OAuth 2 and OpenID Connect. */
    BEARER,
    /** {@code Authorization: Basic <base64(user:password)>}. */
    BASIC,
    /** A key sent in a header, query parameter or cookie. */
    API_KEY
  }

  /** Where an API key is sent. */
  public enum ApiKeyLocation {
    HEADER,
    QUERY,
    COOKIE
  }
}
