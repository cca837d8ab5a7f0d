package dev.specgen.emit.docs;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.SecurityScheme;
import java.util.List;

/**
 * The environment variables the docs' examples read a scheme's credentials from ({@code
 * FRONT_API_TOKEN}); the gateway reads the same ones, so one set of variables serves both.
 */
public final class CredentialVariables {

  private CredentialVariables() {}

  /** One variable, or two for basic auth (user name, then password). */
  public static List<String> of(ApiModel model, SecurityScheme scheme) {
    return DocsLayout.envVariables(model, scheme);
  }
}
