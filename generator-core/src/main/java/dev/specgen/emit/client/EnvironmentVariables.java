package dev.specgen.emit.client;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.naming.JavaNames;
import java.util.List;
import java.util.Locale;

/**
 * The environment variables a spec's settings are read from, named after the spec: {@code
 * FRONT_BASE_URL}, {@code FRONT_API_TOKEN}. The generated {@code fromEnv()}, the docs' examples and
 * the gateway all use these names, so one set of variables serves them all.
 */
public final class EnvironmentVariables {

  private EnvironmentVariables() {}

  /** {@code FRONT}: the prefix of every variable of the spec. */
  public static String prefix(ApiModel model) {
    String prefix = model.apiName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return prefix.isEmpty() || !Character.isLetter(prefix.charAt(0)) ? "API" + prefix : prefix;
  }

  /** {@code FRONT_BASE_URL}: the URL requests go to, when not the spec's first server. */
  public static String baseUrl(ApiModel model) {
    return prefix(model) + "_BASE_URL";
  }

  /**
   * The variables of a scheme's credentials: {@code FRONT_API_TOKEN} for a bearer token, {@code
   * CHATWOOT_API_ACCESS_TOKEN} for an API key named {@code api_access_token}, a user name and a
   * password for basic auth.
   */
  public static List<String> credentials(ApiModel model, SecurityScheme scheme) {
    String prefix = prefix(model);
    return switch (scheme.kind()) {
      case BEARER -> List.of(prefix + "_API_TOKEN");
      case API_KEY -> {
        String name = String.join("_", JavaNames.words(scheme.parameterName())).toUpperCase(Locale.ROOT);
        yield List.of(prefix + "_" + (name.isEmpty() ? "API_KEY" : name));
      }
      case BASIC -> List.of(prefix + "_USERNAME", prefix + "_PASSWORD");
    };
  }
}
