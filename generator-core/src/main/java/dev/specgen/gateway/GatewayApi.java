package dev.specgen.gateway;

import dev.specgen.ir.SecurityScheme;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One API the gateway forwards to.
 *
 * @param name the spec's docs folder ({@code front}); the page names it in {@code X-Specgen-Spec}
 * @param target where requests go unless the page picks another allowed target
 * @param allowedTargets every base URL requests may go to: the spec's server URLs and {@code --target}
 * @param schemes the spec's security schemes
 * @param configured credentials configured on the gateway, by scheme key (for basic auth {@code user:password})
 */
public record GatewayApi(String name, URI target, Set<URI> allowedTargets, List<SecurityScheme> schemes,
    Map<String, String> configured) {

  public GatewayApi {
    allowedTargets = Set.copyOf(allowedTargets);
    schemes = List.copyOf(schemes);
    configured = Map.copyOf(configured);
  }

  /** Hides the configured credentials, so that no log or error message can print them. */
  @Override
  public String toString() {
    return "GatewayApi[" + name + " -> " + target + ", " + configured.size() + " configured credentials]";
  }
}
