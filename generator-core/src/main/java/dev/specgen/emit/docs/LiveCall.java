package dev.specgen.emit.docs;

import dev.specgen.emit.docs.ClientSurface.Call;
import dev.specgen.emit.docs.ClientSurface.Setter;
import dev.specgen.emit.docs.ExampleRequest.Arg;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The description of one operation's call that the HTML reference's script assembles the live
 * Java and curl snippets and the "Try it" request from: the compiled snippet's skeleton (the code
 * of {@link SnippetEmitter} with no values), each setter with the Java template of its type
 * ({@link JavaTemplates}), how each parameter goes on the wire, the credentials and the curl
 * options that send them ({@link CurlCommand}), and the example values the form starts with.
 *
 * <p>It is written into the page as JSON in a non-executed {@code <script type="application/json">}
 * element.
 */
final class LiveCall {

  /** The marker the curl skeleton has in place of the URL. */
  static final String URL_MARKER = "SPECGEN_URL_MARKER";

  private final ApiModel model;
  private final DocsLayout layout;
  private final JavaValues values;
  private final SnippetEmitter snippets;
  private JavaTemplates templates;

  LiveCall(ApiModel model, DocsLayout layout, JavaValues values, SnippetEmitter snippets) {
    this.model = model;
    this.layout = layout;
    this.values = values;
    this.snippets = snippets;
  }

  /** The JSON text of the description, safe to place inside an HTML element. */
  String json(Call call, List<Arg> exampleArgs, Optional<String> exampleBody) {
    Map<String, Object> out = new LinkedHashMap<>();
    templates = new JavaTemplates(model, values); // each page lists only the types its call uses
    Operation operation = call.operation();
    out.put("operationId", operation.operationId());
    out.put("method", operation.method().name());
    out.put("path", operation.path());
    out.put("baseUrl", DocsEmitter.baseUrl(model));
    out.put("skeleton", snippets.callSkeleton(call));
    out.put("parameters", parameters(call, exampleArgs));
    call.setters().stream().filter(s -> s.body().isPresent()).findFirst()
        .ifPresent(body -> out.put("body", body(body, exampleBody)));
    out.put("credentials", credentials(operation));
    out.put("curl", curlSkeleton(operation));
    out.put("types", templates.objects());
    return htmlSafe(new JsonValue(out).toJson());
  }

  private List<Object> parameters(Call call, List<Arg> exampleArgs) {
    Map<Parameter, Setter> setters = new LinkedHashMap<>();
    call.setters().forEach(s -> s.parameter().ifPresent(p -> setters.put(p, s)));
    List<Object> out = new ArrayList<>();
    for (Parameter parameter : call.operation().parameters()) {
      if (parameter.location() == Parameter.ParameterLocation.COOKIE) {
        continue; // the client does not send cookie parameters
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", parameter.name());
      entry.put("in", parameter.location().name().toLowerCase(Locale.ROOT));
      entry.put("style", parameter.style().name().toLowerCase(Locale.ROOT));
      entry.put("explode", parameter.explode());
      entry.put("required", parameter.required());
      parameter.constantValue().ifPresent(value -> entry.put("constant", value));
      Setter setter = setters.get(parameter);
      if (setter != null) {
        entry.put("setter", setter.setter());
        entry.put("type", templates.describe(setter.type()));
        exampleArgs.stream().filter(a -> a.setter() == setter).findFirst()
            .ifPresent(a -> entry.put("example", plain(a.value())));
      }
      if (setter != null || parameter.constantValue().isPresent()) {
        out.add(entry);
      }
    }
    return out;
  }

  private Map<String, Object> body(Setter setter, Optional<String> exampleBody) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("setter", setter.setter());
    out.put("required", setter.required());
    out.put("type", templates.describe(setter.type()));
    exampleBody.ifPresent(json -> out.put("example", json));
    return out;
  }

  /** The credentials of the operation's first way of authenticating that the client can send. */
  private List<Object> credentials(Operation operation) {
    List<Object> out = new ArrayList<>();
    if (operation.security().isEmpty()) {
      return out;
    }
    for (ClientSurface.Credential credential : snippets.credentials(operation.security().get(0).schemes().keySet())) {
      SecurityScheme scheme = credential.scheme();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("scheme", scheme.key());
      entry.put("kind", scheme.kind().name().toLowerCase(Locale.ROOT));
      if (scheme.kind() == SecurityScheme.Kind.API_KEY) {
        entry.put("in", scheme.apiKeyLocation().name().toLowerCase(Locale.ROOT));
        entry.put("name", scheme.parameterName());
      }
      entry.put("setter", credential.setter());
      entry.put("variables", layout.envVariables(scheme));
      out.add(entry);
    }
    return out;
  }

  /** The curl command with no headers or body, the URL as a marker: the script adds the rest. */
  private String curlSkeleton(Operation operation) {
    List<CurlCommand.Credential> credentials = DocsEmitter.curlCredentials(operation, snippets, layout);
    return CurlCommand.render(new ExampleRequest.Http(operation.method().name(), URL_MARKER, Map.of(),
        Optional.empty()), credentials);
  }

  /** A conformed example as plain JSON values: a union value is its variant's value. */
  private static Object plain(Object value) {
    if (value instanceof ExampleValues.UnionValue union) {
      return plain(union.value());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(LiveCall::plain).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    return value;
  }

  /** JSON whose text can sit in an HTML element: {@code <}, {@code >} and {@code &} only occur in strings. */
  static String htmlSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
