package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits the client's {@code Builder}: base URL (the spec's first server by default), one setter
 * per way of authenticating the spec allows, and {@code build()}. The settings every client has
 * (timeouts, retries, extra headers, transport, observer, logging, idempotency keys) it inherits
 * from the runtime's {@code ClientSettings}, written once there. Setting no credentials is allowed:
 * a gateway may inject them on the way. A second, private constructor starts from a client's
 * settings for {@code withOptions}.
 */
final class ClientBuilderEmitter {

  private static final ClassName CLIENT_CONFIG = ClassName.get("dev.specgen.runtime", "ClientConfig");
  private static final ClassName CLIENT_SETTINGS = ClassName.get("dev.specgen.runtime", "ClientSettings");
  private static final ClassName AUTH = ClassName.get("dev.specgen.runtime.auth", "Auth");
  private static final ClassName ENVIRONMENT = ClassName.get("dev.specgen.runtime", "ClientEnvironment");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRING_SUPPLIER =
      ParameterizedTypeName.get(ClassName.get(Supplier.class), ClassName.get(String.class));

  // Emits:
  //   public static final class Builder extends ClientSettings<Builder> {
  //     public static final String DEFAULT_BASE_URL = "https://api2.frontapp.com";
  //     public Builder bearerToken(String token) { ... }     // per auth mechanism
  //     public FrontClient build() { ... }
  //   }
  TypeSpec emit(ApiModel model, ClientApi api) {
    ClassName client = api.client();
    ClassName builder = client.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(CLIENT_SETTINGS, builder))
        .addJavadoc("Configures a {@link $T}. Only the base URL has to be right; everything else has a default.\n", client)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, AUTH),
                "credentials", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class)
            .build())
        .addField(FieldSpec.builder(TypeName.BOOLEAN, "derived", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("True when this builder starts from a client's settings, credentials included.\n")
            .build());
    model.servers().stream().findFirst().ifPresent(server -> type.addField(
        FieldSpec.builder(STRING, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The spec's first server: $L\n", Javadocs.escape(server.description().isBlank()
                ? server.url() : server.description()))
            .initializer("$S", server.defaultUrl())
            .build()));
    type.addMethod(constructor(model, client));
    type.addMethod(derivedConstructor());
    addAuthSetters(type, builder, api, model);
    return type.addMethod(build(client)).build();
  }

  // Emits: private Builder() { config = ClientConfig.builder().clientName("FrontClient"); config.baseUrl(DEFAULT_BASE_URL); ... }
  private static MethodSpec constructor(ApiModel model, ClassName client) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("super($T.builder().clientName($S))", CLIENT_CONFIG, client.simpleName())
        .addStatement("derived = false");
    if (!model.servers().isEmpty()) {
      constructor.addStatement("config.baseUrl(DEFAULT_BASE_URL)");
    }
    return constructor.build();
  }

  /** Starts from a client's settings; the transport is shared, not owned. */
  private static MethodSpec derivedConstructor() {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(CLIENT_CONFIG, "base")
        .addStatement("super(base.toBuilder())")
        .addStatement("derived = true")
        .build();
  }

  /** One setter (value and supplier forms) per distinct mechanism; schemes sharing one are merged. */
  private static void addAuthSetters(TypeSpec.Builder type, ClassName builder, ClientApi api, ApiModel model) {
    Set<String> seen = new LinkedHashSet<>();
    for (ClientApi.CredentialSetter credential : api.credentials().values()) {
      if (!seen.add(credential.mechanism())) {
        continue;
      }
      SecurityScheme scheme = credential.scheme();
      List<String> variables = EnvironmentVariables.credentials(model, scheme);
      String owner = builder.enclosingClassName().simpleName() + ".Builder." + credential.setter();
      switch (scheme.kind()) {
        case BEARER -> addCredentialSetters(type, builder, credential, "bearer", null,
            "The bearer token sent as {@code Authorization: Bearer ...}.", owner, variables.get(0));
        case API_KEY -> addCredentialSetters(type, builder, credential,
            scheme.apiKeyLocation() == SecurityScheme.ApiKeyLocation.HEADER ? "apiKeyHeader" : "apiKeyQuery",
            scheme.parameterName(), "The API key sent in the "
                + scheme.apiKeyLocation().name().toLowerCase(java.util.Locale.ROOT)
                + " {@code " + Javadocs.escape(scheme.parameterName()) + "}.", owner, variables.get(0));
        case BASIC -> type.addMethod(basicSetter(builder, credential, owner, variables));
      }
    }
  }

  // Emits: credentials.put("bearer", Auth.bearer(ClientEnvironment.checkedCredential(credential,
  //            "FrontClient.Builder.bearerToken", "FRONT_API_TOKEN")));   and a Supplier<String> form
  private static void addCredentialSetters(TypeSpec.Builder type, ClassName builder,
      ClientApi.CredentialSetter credential, String factory, String keyName, String doc, String owner,
      String variable) {
    String name = credential.setter();
    String mechanism = credential.mechanism();
    for (TypeName parameterType : new TypeName[] {STRING, STRING_SUPPLIER}) {
      boolean fixed = parameterType.equals(STRING);
      String suffix = fixed ? "" : " Called for every request, so rotating credentials work.";
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(parameterType, "credential")
          .addJavadoc("$L$L\n\n@param credential $L\n@return this builder\n", doc, suffix,
              fixed ? "the credential; {@code fromEnv()} reads it from {@code " + variable + "}"
                  : "yields the current credential");
      if (fixed) {
        method.addJavadoc("@throws IllegalArgumentException if the credential is null or blank\n");
      }
      CodeBlock value = fixed
          ? CodeBlock.of("$T.checkedCredential(credential, $S, $S)", ENVIRONMENT, owner, variable)
          : CodeBlock.of("credential");
      if (keyName == null) {
        method.addStatement("credentials.put($S, $T.$L($L))", mechanism, AUTH, factory, value);
      } else {
        method.addStatement("credentials.put($S, $T.$L($S, $L))", mechanism, AUTH, factory, keyName, value);
      }
      type.addMethod(method.addStatement("return this").build());
    }
  }

  private static MethodSpec basicSetter(ClassName builder, ClientApi.CredentialSetter credential, String owner,
      List<String> variables) {
    return MethodSpec.methodBuilder(credential.setter())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(STRING, "username")
        .addParameter(STRING, "password")
        .addJavadoc("HTTP basic credentials.\n\n@param username the user name; {@code fromEnv()} reads it from"
            + " {@code $L}\n@param password the password; {@code fromEnv()} reads it from {@code $L}\n"
            + "@return this builder\n@throws IllegalArgumentException if either is null or blank\n",
            variables.get(0), variables.get(1))
        .addStatement("credentials.put($S, $T.basic($T.checkedCredential(username, $S, $S),\n"
                + "$T.checkedCredential(password, $S, $S)))", credential.mechanism(), AUTH,
            ENVIRONMENT, owner, variables.get(0), ENVIRONMENT, owner, variables.get(1))
        .addStatement("return this")
        .build();
  }

  // Emits: public FrontClient build() { config.auth(...); return new FrontClient(new ApiClientCore(config.build())); }
  private static MethodSpec build(ClassName client) {
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addJavadoc("The client. With no credentials set, requests go out without any, for a gateway"
            + " that adds them;\na builder from {@code withOptions} keeps the client's credentials unless new"
            + " ones are set.\n\n@return the client, to be closed when no longer needed\n")
        // A derived builder has the parent's credentials in its config already.
        .beginControlFlow("if (!derived || !credentials.isEmpty())")
        .addStatement("config.auth(credentials.isEmpty() ? $T.none() : $T.all(credentials.values().toArray($T[]::new)))",
            AUTH, AUTH, AUTH)
        .endControlFlow()
        .addStatement("return new $T(new $T(config.build()))", client, ClientEmitter.RUNTIME_CORE)
        .build();
  }
}
