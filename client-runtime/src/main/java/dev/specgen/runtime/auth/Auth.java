package dev.specgen.runtime.auth;

import java.util.List;
import java.util.function.Supplier;

/**
 * An authentication scheme: it adds credentials to each attempt of each request. The factory
 * methods cover the OpenAPI security schemes; implement this interface for anything else.
 */
public interface Auth {

  /**
   * Adds this scheme's credentials to a request about to be sent.
   *
   * @param target the request being prepared
   */
  void apply(AuthTarget target);

  /**
   * No credentials, for a gateway that adds them server-side or an open API.
   *
   * @return a scheme that adds nothing
   */
  static Auth none() {
    return NoAuth.INSTANCE;
  }

  /**
   * {@code Authorization: Bearer <token>} with a fixed token.
   *
   * @param token the token
   * @return the scheme
   */
  static Auth bearer(String token) {
    return new BearerAuth(Credential.of(token));
  }

  /**
   * {@code Authorization: Bearer <token>} with a token asked for on every attempt.
   *
   * @param token yields the current token
   * @return the scheme
   */
  static Auth bearer(Supplier<String> token) {
    return new BearerAuth(Credential.from(token));
  }

  /**
   * An API key sent in a header.
   *
   * @param headerName the header, e.g. {@code X-Api-Key}
   * @param key the key
   * @return the scheme
   */
  static Auth apiKeyHeader(String headerName, String key) {
    return ApiKeyAuth.inHeader(headerName, Credential.of(key));
  }

  /**
   * An API key sent in a header, asked for on every attempt.
   *
   * @param headerName the header, e.g. {@code X-Api-Key}
   * @param key yields the current key
   * @return the scheme
   */
  static Auth apiKeyHeader(String headerName, Supplier<String> key) {
    return ApiKeyAuth.inHeader(headerName, Credential.from(key));
  }

  /**
   * An API key sent as a query parameter.
   *
   * @param parameterName the query parameter, e.g. {@code api_key}
   * @param key the key
   * @return the scheme
   */
  static Auth apiKeyQuery(String parameterName, String key) {
    return ApiKeyAuth.inQuery(parameterName, Credential.of(key));
  }

  /**
   * An API key sent as a query parameter, asked for on every attempt.
   *
   * @param parameterName the query parameter, e.g. {@code api_key}
   * @param key yields the current key
   * @return the scheme
   */
  static Auth apiKeyQuery(String parameterName, Supplier<String> key) {
    return ApiKeyAuth.inQuery(parameterName, Credential.from(key));
  }

  /**
   * HTTP basic authentication with a fixed user name and password.
   *
   * @param username the user name
   * @param password the password
   * @return the scheme
   */
  static Auth basic(String username, String password) {
    return new BasicAuth(Credential.of(username), Credential.of(password));
  }

  /**
   * HTTP basic authentication with credentials asked for on every attempt.
   *
   * @param username yields the user name
   * @param password yields the password
   * @return the scheme
   */
  static Auth basic(Supplier<String> username, Supplier<String> password) {
    return new BasicAuth(Credential.from(username), Credential.from(password));
  }

  /**
   * Several schemes applied together, in order, for APIs that require more than one.
   *
   * @param schemes the schemes
   * @return a scheme applying all of them
   */
  static Auth all(Auth... schemes) {
    return new CompositeAuth(List.of(schemes));
  }
}
