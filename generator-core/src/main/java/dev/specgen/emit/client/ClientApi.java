package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The generated client's API, worked out once: its class, each operation's plan (request type,
 * setters, response, paging) and the builder's credential setters. The client emitter generates
 * from it and the docs describe it, so the two cannot drift apart.
 */
public final class ClientApi {

  /** Builder methods that are not credential setters; credential setters never take these names. */
  static final List<String> BUILDER_METHODS =
      List.of("baseUrl", "connectTimeout", "requestTimeout", "callTimeout", "maxResponseBytes",
          "maxErrorBodyBytes", "retryPolicy", "header", "transport", "observer", "logRequests",
          "redactHeader", "idempotencyKeyHeader", "build");

  /**
   * How one security scheme is set on the client builder.
   *
   * @param setter the builder method, e.g. {@code bearerToken} or {@code apiAccessToken}
   * @param mechanism schemes with the same mechanism share one setter
   */
  public record CredentialSetter(SecurityScheme scheme, String setter, String mechanism) {}

  private final ClassName client;
  private final List<OperationPlan> operations;
  private final Map<String, OperationPlan> byMethodName = new LinkedHashMap<>();
  private final Map<String, CredentialSetter> credentials;

  private ClientApi(ClassName client, List<OperationPlan> operations, Map<String, CredentialSetter> credentials) {
    this.client = client;
    this.operations = operations;
    this.credentials = credentials;
    operations.forEach(plan -> byMethodName.put(plan.operation().javaName(), plan));
  }

  public static ClientApi of(ApiModel model, EmitContext context) {
    JavaTypes types = new JavaTypes(context.packageName());
    List<OperationPlan> plans = model.operations().stream()
        .map(operation -> OperationPlan.of(operation, model, types, context))
        .toList();
    return new ClientApi(ClientNames.client(model, context), plans, credentialSetters(model));
  }

  /** {@code FrontClient}. */
  public ClassName client() {
    return client;
  }

  public List<OperationPlan> operations() {
    return operations;
  }

  /** The plan of {@code operation}. */
  public OperationPlan plan(Operation operation) {
    OperationPlan plan = byMethodName.get(operation.javaName()); // method names are unique in an API
    if (plan == null) {
      throw new IllegalArgumentException("not an operation of this API: " + operation.operationId());
    }
    return plan;
  }

  /** The builder setter of a scheme; empty for schemes the client cannot send (cookies, unsupported). */
  public Optional<CredentialSetter> credential(String schemeKey) {
    return Optional.ofNullable(credentials.get(schemeKey));
  }

  /** One setter per scheme key, in spec order; schemes sharing a mechanism share the setter. */
  public Map<String, CredentialSetter> credentials() {
    return credentials;
  }

  private static Map<String, CredentialSetter> credentialSetters(ApiModel model) {
    NameScope names = new NameScope();
    BUILDER_METHODS.forEach(names::reserve);
    Map<String, String> setterByMechanism = new LinkedHashMap<>();
    Map<String, CredentialSetter> byScheme = new LinkedHashMap<>();
    for (SecurityScheme scheme : model.securitySchemes()) {
      if (scheme.apiKeyLocation() == SecurityScheme.ApiKeyLocation.COOKIE) {
        continue;
      }
      String mechanism = mechanism(scheme);
      String setter = setterByMechanism.computeIfAbsent(mechanism, m -> names.allocate(setterName(scheme)));
      byScheme.put(scheme.key(), new CredentialSetter(scheme, setter, mechanism));
    }
    return byScheme;
  }

  private static String mechanism(SecurityScheme scheme) {
    return scheme.kind() == SecurityScheme.Kind.API_KEY
        ? "apiKey:" + scheme.apiKeyLocation().name().toLowerCase(Locale.ROOT) + ":" + scheme.parameterName()
        : scheme.kind().name().toLowerCase(Locale.ROOT);
  }

  private static String setterName(SecurityScheme scheme) {
    return switch (scheme.kind()) {
      case BEARER -> "bearerToken";
      case BASIC -> "basicAuth";
      case API_KEY -> JavaNames.memberName(scheme.parameterName());
    };
  }
}
