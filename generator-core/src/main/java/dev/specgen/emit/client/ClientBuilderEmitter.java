package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.SecurityScheme;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits the client's {@code Builder}: base URL (the spec's first server by default), one setter
 * per way of authenticating the spec allows, timeouts, retries, extra headers and transport.
 * Setting no credentials is allowed: a gateway may inject them on the way.
 */
final class ClientBuilderEmitter {

  private static final ClassName CLIENT_CONFIG = ClassName.get("dev.specgen.runtime", "ClientConfig");
  private static final ClassName AUTH = ClassName.get("dev.specgen.runtime.auth", "Auth");
  private static final ClassName RETRY_POLICY = ClassName.get("dev.specgen.runtime.retry", "RetryPolicy");
  private static final ClassName TRANSPORT = ClassName.get("dev.specgen.runtime.http", "HttpTransport");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRING_SUPPLIER =
      ParameterizedTypeName.get(ClassName.get(Supplier.class), ClassName.get(String.class));

  // Emits:
  //   public static final class Builder {
  //     public static final String DEFAULT_BASE_URL = "https://api2.frontapp.com";
  //     public Builder baseUrl(String url) { ... }
  //     public Builder bearerToken(String token) { ... }     // per auth mechanism
  //     public Builder connectTimeout(Duration timeout) { ... }   // timeouts, deadlines, limits ...
  //     public FrontClient build() { ... }
  //   }
  TypeSpec emit(ApiModel model, ClientApi api) {
    ClassName client = api.client();
    ClassName builder = client.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}. Only the base URL has to be right; everything else has a default.\n", client)
        .addField(FieldSpec.builder(CLIENT_CONFIG.nestedClass("Builder"), "config", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder().clientName($S)", CLIENT_CONFIG, client.simpleName())
            .build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, AUTH),
                "credentials", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class)
            .build());
    model.servers().stream().findFirst().ifPresent(server -> type.addField(
        FieldSpec.builder(STRING, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The spec's first server: $L\n", server.description().isBlank()
                ? Javadocs.escape(server.url()) : Javadocs.inlineMarkdown(server.description()))
            .initializer("$S", server.defaultUrl())
            .build()));
    type.addMethod(constructor(model));
    type.addMethod(delegate(builder, "baseUrl", STRING, "url",
        "The URL requests go to, e.g. a self-hosted installation or a gateway that adds credentials.\n\n"
            + "@param url an absolute {@code http} or {@code https} URL"));
    addAuthSetters(type, builder, api);
    type.addMethod(delegate(builder, "connectTimeout", ClassName.get(Duration.class), "timeout",
        "How long to wait for a connection.\n\n@param timeout a positive duration"));
    type.addMethod(delegate(builder, "requestTimeout", ClassName.get(Duration.class), "timeout",
        "The deadline of each attempt (default 60 s): connecting, sending, the response headers and the\n"
            + "whole body must fit in it; a call can override it.\n\n@param timeout a positive duration"));
    type.addMethod(delegate(builder, "callTimeout", ClassName.get(Duration.class), "timeout",
        "A deadline for a whole call, every attempt and every wait between attempts (default: none);\n"
            + "a call can override it.\n\n@param timeout a positive duration"));
    type.addMethod(delegate(builder, "maxResponseBytes", TypeName.INT, "bytes",
        "The largest success body a call reads into memory (default 32 MiB); a larger one fails the call\n"
            + "with {@code ResponseTooLargeException}.\n\n@param bytes a positive number of bytes"));
    type.addMethod(delegate(builder, "maxErrorBodyBytes", TypeName.INT, "bytes",
        "How much of an error body is read and kept by the exception (default 64 KiB).\n\n"
            + "@param bytes a positive number of bytes"));
    type.addMethod(delegate(builder, "retryPolicy", RETRY_POLICY, "policy",
        "When and how often to retry; {@code RetryPolicy.none()} switches retries off.\n\n"
            + "@param policy the policy of every call that does not set its own"));
    type.addMethod(MethodSpec.methodBuilder("header")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(STRING, "name")
        .addParameter(STRING, "value")
        .addJavadoc("A header sent with every request.\n\n@param name the header's name\n"
            + "@param value its value\n@return this builder\n")
        .addStatement("config.header(name, value)")
        .addStatement("return this")
        .build());
    type.addMethod(delegate(builder, "transport", TRANSPORT, "transport",
        "The HTTP transport; by default the JDK's {@code java.net.http.HttpClient}.\n\n"
            + "@param transport sends the requests; tests and special networks plug in here"));
    return type.addMethod(build(client)).build();
  }

  private static MethodSpec constructor(ApiModel model) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    if (!model.servers().isEmpty()) {
      constructor.addStatement("config.baseUrl(DEFAULT_BASE_URL)");
    }
    return constructor.build();
  }

  private static MethodSpec delegate(ClassName builder, String name, TypeName type, String parameter, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, parameter)
        .addJavadoc("$L\n@return this builder\n", doc)
        .addStatement("config.$N($N)", name, parameter)
        .addStatement("return this")
        .build();
  }

  /** One setter (value and supplier forms) per distinct mechanism; schemes sharing one are merged. */
  private static void addAuthSetters(TypeSpec.Builder type, ClassName builder, ClientApi api) {
    Set<String> seen = new LinkedHashSet<>();
    for (ClientApi.CredentialSetter credential : api.credentials().values()) {
      if (!seen.add(credential.mechanism())) {
        continue;
      }
      SecurityScheme scheme = credential.scheme();
      switch (scheme.kind()) {
        case BEARER -> addCredentialSetters(type, builder, credential, "bearer", null,
            "The bearer token sent as <code>Authorization: Bearer ...</code>.");
        case API_KEY -> addCredentialSetters(type, builder, credential,
            scheme.apiKeyLocation() == SecurityScheme.ApiKeyLocation.HEADER ? "apiKeyHeader" : "apiKeyQuery",
            scheme.parameterName(), "The API key sent in the "
                + scheme.apiKeyLocation().name().toLowerCase(java.util.Locale.ROOT)
                + " <code>" + Javadocs.escape(scheme.parameterName()) + "</code>.");
        case BASIC -> type.addMethod(basicSetter(builder, credential));
      }
    }
  }

  private static void addCredentialSetters(TypeSpec.Builder type, ClassName builder,
      ClientApi.CredentialSetter credential, String factory, String keyName, String doc) {
    String name = credential.setter();
    String mechanism = credential.mechanism();
    for (TypeName parameterType : new TypeName[] {STRING, STRING_SUPPLIER}) {
      String suffix = parameterType.equals(STRING)
          ? "\n\n@param credential the credential"
          : " Called for every request, so rotating credentials work.\n\n@param credential gives the credential";
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(parameterType, "credential")
          .addJavadoc("$L$L\n@return this builder\n", doc, suffix);
      if (keyName == null) {
        method.addStatement("credentials.put($S, $T.$L(credential))", mechanism, AUTH, factory);
      } else {
        method.addStatement("credentials.put($S, $T.$L($S, credential))", mechanism, AUTH, factory, keyName);
      }
      type.addMethod(method.addStatement("return this").build());
    }
  }

  private static MethodSpec basicSetter(ClassName builder, ClientApi.CredentialSetter credential) {
    return MethodSpec.methodBuilder(credential.setter())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(STRING, "username")
        .addParameter(STRING, "password")
        .addJavadoc("HTTP basic credentials.\n\n@param username the user name\n@param password the password\n"
            + "@return this builder\n")
        .addStatement("credentials.put($S, $T.basic(username, password))", credential.mechanism(), AUTH)
        .addStatement("return this")
        .build();
  }

  // Emits: public FrontClient build() { config.auth(Auth.all(...)); return new FrontClient(new ApiClientCore(config.build())); }
  private static MethodSpec build(ClassName client) {
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addJavadoc("The client. With no credentials set, requests go out without any, for a gateway"
            + " that adds them.\n\n@return a new client with this builder's settings\n")
        .addStatement("config.auth(credentials.isEmpty() ? $T.none() : $T.all(credentials.values().toArray($T[]::new)))",
            AUTH, AUTH, AUTH)
        .addStatement("return new $T(new $T(config.build()))", client, ClientEmitter.RUNTIME_CORE)
        .build();
  }
}
