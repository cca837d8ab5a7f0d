package dev.specgen.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** HTTP basic authentication (RFC 7617), user name and password encoded as UTF-8. */
final class BasicAuth implements Auth {

  private final Credential username;
  private final Credential password;

  BasicAuth(Credential username, Credential password) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
  }

  @Override
  public void apply(AuthTarget target) {
    String user = username.value("the basic-auth user name");
    String secret = password.value("the basic-auth password");
    String encoded =
        Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    target.secret(secret);
    target.header("Authorization", "Basic " + encoded);
  }

  @Override
  public String toString() {
    return "BasicAuth[" + username + ", " + password + "]";
  }
}
