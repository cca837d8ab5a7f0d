package dev.specgen.runtime.auth;

import java.util.List;

/** Several schemes applied in order. */
final class CompositeAuth implements Auth {

  private final List<Auth> schemes;

  CompositeAuth(List<Auth> schemes) {
    this.schemes = List.copyOf(schemes);
  }

  @Override
  public void apply(AuthTarget target) {
    schemes.forEach(scheme -> scheme.apply(target));
  }

  @Override
  public String toString() {
    return "CompositeAuth" + schemes;
  }
}
