package dev.specgen.runtime.auth;

/** The scheme that adds no credentials. */
final class NoAuth implements Auth {

  static final NoAuth INSTANCE = new NoAuth();

  private NoAuth() {}

  @Override
  public void apply(AuthTarget target) {
    // Credentials, if any, are added by something between the client and the API.
  }

  @Override
  public String toString() {
    return "NoAuth";
  }
}
