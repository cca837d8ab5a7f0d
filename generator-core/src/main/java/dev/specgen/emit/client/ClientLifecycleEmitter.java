package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits how a client is made from the environment, derived and closed: {@code fromEnv()}, {@code
 * withOptions(...)} and {@code close()}, with the class Javadoc paragraph naming the variables.
 * Variables are named by {@link EnvironmentVariables}, as in the docs and the gateway.
 */
final class ClientLifecycleEmitter {

  private static final ClassName ENVIRONMENT = ClassName.get("dev.specgen.runtime", "ClientEnvironment");
  private static final TypeName STRING = ClassName.get(String.class);

  /**
   * One credential setter and the variables {@code fromEnv()} reads for it.
   *
   * @param setter the builder method
   * @param variables one variable, or the user name's and the password's for basic auth
   * @param holds what the first variable holds, for messages
   */
  private record EnvCredential(String setter, List<String> variables, String holds) {}

  /**
   * Makes the client {@code AutoCloseable} and adds its lifecycle methods and their Javadoc.
   *
   * @param type the client class being built
   * @param model the API
   * @param api the client's API
   */
  void addTo(TypeSpec.Builder type, ApiModel model, ClientApi api) {
    ClassName client = api.client();
    List<EnvCredential> credentials = credentials(model, api);
    type.addSuperinterface(AutoCloseable.class)
        .addJavadoc(classJavadoc(model, client, credentials))
        .addMethod(fromEnv(model, client, credentials))
        .addMethod(fromEnvWith(model, client, credentials))
        .addMethod(withOptions(client))
        .addMethod(close());
  }

  private static List<EnvCredential> credentials(ApiModel model, ClientApi api) {
    Set<String> setters = new LinkedHashSet<>();
    List<EnvCredential> out = new ArrayList<>();
    for (ClientApi.CredentialSetter credential : api.credentials().values()) {
      if (setters.add(credential.setter())) {
        SecurityScheme scheme = credential.scheme();
        out.add(new EnvCredential(credential.setter(), EnvironmentVariables.credentials(model, scheme),
            switch (scheme.kind()) {
              case BEARER -> "the bearer token";
              case API_KEY -> "the API key";
              case BASIC -> "the user name";
            }));
      }
    }
    return out;
  }

  private static String classJavadoc(ApiModel model, ClassName client, List<EnvCredential> credentials) {
    return "\n<p>{@code " + client.simpleName() + ".fromEnv()} reads {@code " + EnvironmentVariables.baseUrl(model)
        + "}" + (model.servers().isEmpty() ? "" : " (optional)")
        + (credentials.isEmpty() ? "" : " and " + variableList(credentials))
        + ". Close a client that is no longer needed: {@link #close()} ends its threads.\n";
  }

  private static String variableList(List<EnvCredential> credentials) {
    String list = credentials.stream()
        .map(c -> c.variables().stream().map(v -> "{@code " + v + "}").collect(Collectors.joining(" and ")))
        .collect(Collectors.joining(credentials.size() == 2 ? " or " : ", "));
    return credentials.size() > 1 ? "one of " + list : list;
  }

  // Emits: public static FrontClient fromEnv() { return fromEnv(System::getenv); }
  private static MethodSpec fromEnv(ApiModel model, ClassName client, List<EnvCredential> credentials) {
    return MethodSpec.methodBuilder("fromEnv")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client)
        .addJavadoc("A client set up from environment variables: $L.\n\n", variablesDoc(model, credentials))
        .addJavadoc("@return the client, to be closed when no longer needed\n")
        .addJavadoc("@throws IllegalStateException if a variable needed is not set, or one is set but blank;"
            + " the message names it\n")
        .addStatement("return fromEnv($T::getenv)", System.class)
        .build();
  }

  // Emits:
  //   public static FrontClient fromEnv(Function<String, String> environment) {
  //     ClientEnvironment variables = ClientEnvironment.of(environment, "FrontClient");
  //     Builder builder = new Builder();
  //     variables.optional("FRONT_BASE_URL").ifPresent(url -> builder.baseUrl(url));
  //     builder.bearerToken(variables.required("FRONT_API_TOKEN", "the bearer token"));
  //     return builder.build();
  //   }
  private static MethodSpec fromEnvWith(ApiModel model, ClassName client, List<EnvCredential> credentials) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromEnv")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), STRING, STRING), "environment")
        .addJavadoc("Like {@link #fromEnv()}, with the variables read from {@code environment} instead of the"
            + " process\nenvironment, for tests and other sources of configuration: $L.\n\n",
            variablesDoc(model, credentials))
        .addJavadoc("@param environment yields a variable's value, or null when it is not set\n")
        .addJavadoc("@return the client, to be closed when no longer needed\n")
        .addJavadoc("@throws IllegalStateException if a variable needed is not set, or one is set but blank;"
            + " the message names it\n")
        .addStatement("$T variables = $T.of(environment, $S)", ENVIRONMENT, ENVIRONMENT, client.simpleName())
        .addStatement("Builder builder = new Builder()");
    String baseUrl = EnvironmentVariables.baseUrl(model);
    if (model.servers().isEmpty()) {
      method.addStatement("builder.baseUrl(variables.required($S, $S))", baseUrl, "the URL requests go to");
    } else {
      method.addStatement("variables.optional($S).ifPresent(url -> builder.baseUrl(url))", baseUrl);
    }
    method.addCode(credentials.size() == 1 ? requiredCredential(credentials.get(0)) : anyCredential(credentials));
    return method.addStatement("return builder.build()").build();
  }

  private static CodeBlock requiredCredential(EnvCredential credential) {
    List<String> variables = credential.variables();
    if (variables.size() == 2) {
      return CodeBlock.builder().addStatement("builder.$N(variables.required($S, $S),\nvariables.required($S, $S))",
          credential.setter(), variables.get(0), credential.holds(), variables.get(1), "the password").build();
    }
    return CodeBlock.builder().addStatement("builder.$N(variables.required($S, $S))",
        credential.setter(), variables.get(0), credential.holds()).build();
  }

  /** With several ways to authenticate, any one will do; the message lists them all when none is set. */
  private static CodeBlock anyCredential(List<EnvCredential> credentials) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (credentials.isEmpty()) {
      return code.build();
    }
    code.addStatement("variables.requireAny($L)", credentials.stream()
        .map(c -> CodeBlock.of("$S", c.variables().get(0)).toString()).collect(Collectors.joining(", ")));
    for (EnvCredential credential : credentials) {
      List<String> variables = credential.variables();
      if (variables.size() == 2) {
        code.addStatement("variables.optional($S).ifPresent(user -> builder.$N(user, variables.required($S, $S)))",
            variables.get(0), credential.setter(), variables.get(1), "the password");
      } else {
        code.addStatement("variables.optional($S).ifPresent(value -> builder.$N(value))",
            variables.get(0), credential.setter());
      }
    }
    return code.build();
  }

  private static String variablesDoc(ApiModel model, List<EnvCredential> credentials) {
    String baseUrl = "{@code " + EnvironmentVariables.baseUrl(model) + "}"
        + (model.servers().isEmpty() ? " (the URL requests go to)" : " (optional; the spec's first server otherwise)");
    return credentials.isEmpty() ? baseUrl : baseUrl + " and " + variableList(credentials);
  }

  // Emits: public FrontClient withOptions(Consumer<Builder> change) { Builder builder = new Builder(core.config()); ... }
  private static MethodSpec withOptions(ClassName client) {
    ClassName builder = client.nestedClass("Builder");
    return MethodSpec.methodBuilder("withOptions")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "change")
        .addJavadoc("A client with other settings, derived from this one: the builder starts from this client's"
            + " settings\n(credentials, timeouts, retries, headers, observer) and the new client shares this"
            + " one's HTTP\ntransport, so deriving is cheap. Credentials set in {@code change} replace all of"
            + " this client's.\nClosing the derived client leaves the shared transport open; closing this client"
            + " ends the\nderived client's calls too.\n\n")
        .addJavadoc("@param change sets what differs, e.g. {@code options -> options.requestTimeout(Duration.ofSeconds(5))}\n")
        .addJavadoc("@return the derived client\n")
        .addJavadoc("@throws IllegalStateException if this client is closed\n")
        .beginControlFlow("if (core.isClosed())")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            client.simpleName() + " is closed; withOptions needs an open client")
        .endControlFlow()
        .addStatement("$T builder = new $T(core.config())", builder, builder)
        .addStatement("change.accept(builder)")
        .addStatement("return builder.build()")
        .build();
  }

  private static MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Closes this client: the threads of the HTTP client it created end, and calls made afterwards"
            + " fail\nwith {@code IllegalStateException}. A client from {@link #withOptions} leaves the transport"
            + " it shares\nopen, and a transport set on the builder is left to its owner. Closing twice does"
            + " nothing more.\n")
        .addStatement("core.close()")
        .build();
  }
}
