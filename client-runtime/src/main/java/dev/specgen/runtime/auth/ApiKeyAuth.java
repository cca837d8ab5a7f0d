package dev.specgen.runtime.auth;

import dev.specgen.runtime.http.HeaderValidation;
import java.util.Objects;

/** An API key in a named header or query parameter. */
final class ApiKeyAuth implements Auth {

  private final String name;
  private final boolean inHeader;
  private final Credential key;

  private ApiKeyAuth(String name, boolean inHeader, Credential key) {
    this.name = Objects.requireNonNull(name, "name");
    this.inHeader = inHeader;
    this.key = Objects.requireNonNull(key, "key");
  }

  static ApiKeyAuth inHeader(String headerName, Credential key) {
    return new ApiKeyAuth(HeaderValidation.requireValidName(headerName), true, key);
  }

  static ApiKeyAuth inQuery(String parameterName, Credential key) {
    if (parameterName == null || parameterName.isEmpty()) {
      throw new IllegalArgumentException("API key query parameter name must not be empty");
    }
    return new ApiKeyAuth(parameterName, false, key);
  }

  @Override
  public void apply(AuthTarget target) {
    String value = key.value("the API key '" + name + "'");
    if (inHeader) {
      target.header(name, value);
    } else {
      target.queryParam(name, value);
    }
  }

  @Override
  public String toString() {
    return "ApiKeyAuth[" + (inHeader ? "header " : "query ") + name + ", " + key + "]";
  }
}
