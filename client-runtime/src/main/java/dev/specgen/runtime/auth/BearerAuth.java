package dev.specgen.runtime.auth;

import java.util.Objects;

/** {@code Authorization: Bearer <token>}. */
final class BearerAuth implements Auth {

  private final Credential token;

  BearerAuth(Credential token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  @Override
  public void apply(AuthTarget target) {
    String value = token.value("the bearer token");
    target.secret(value);
    target.header("Authorization", "Bearer " + value);
  }

  @Override
  public String toString() {
    return "BearerAuth[" + token + "]";
  }
}
