package dev.specgen.emit.docs;

import dev.specgen.emit.client.RuntimeExceptions;
import dev.specgen.emit.docs.ClientSurface.Call;
import dev.specgen.emit.docs.ClientSurface.Setter;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Response;
import dev.specgen.ir.SecurityRequirement;
import dev.specgen.ir.SecurityScheme;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The page of one operation: what it does, how it authenticates, its parameters, the Java and curl
 * examples, a response example and the errors it raises.
 */
final class OperationPage {

  /** The section headings every operation page has, in order. */
  static final List<String> SECTIONS = List.of(
      "Authentication", "Parameters", "Java", "curl", "Response", "Errors");

  private final ApiModel model;
  private final DocsLayout layout;
  private final TypeLabels labels;
  private final ExampleValues examples;
  private final ClientSurface surface;

  OperationPage(ApiModel model, DocsLayout layout, ClientSurface surface) {
    this.model = model;
    this.layout = layout;
    this.surface = surface;
    this.labels = new TypeLabels(model, layout, false);
    this.examples = new ExampleValues(model);
  }

  /**
   * What the page shows besides the spec.
   *
   * @param java the one-call example, as compiled
   * @param allPages the all-pages example, for paginated operations
   * @param snippetClass the compiled class, named for readers who look for it
   * @param curl the curl command of the same request
   */
  record Examples(String java, Optional<String> allPages, String snippetClass, String curl) {}

  String render(Call call, Examples shown) {
    Operation operation = call.operation();
    StringBuilder page = new StringBuilder();
    title(page, operation);
    authentication(page, operation);
    parameters(page, call);
    requestBody(page, call);
    java(page, call, shown);
    page.append("## curl\n\n").append(Markdown.fence("sh", shown.curl())).append('\n');
    response(page, operation);
    errors(page, operation);
    return page.toString().stripTrailing() + "\n";
  }

  // Emits: # List contact conversations / `GET /contacts/{contact_id}/conversations` / description
  private void title(StringBuilder page, Operation operation) {
    String title = operation.summary().isBlank() ? operation.operationId() : operation.summary();
    page.append("# ").append(Markdown.inline(title)).append("\n\n");
    page.append(Markdown.code(operation.method() + " " + operation.path())).append("\n\n");
    page.append("Operation ").append(Markdown.code(operation.operationId())).append(" of the ")
        .append(Markdown.link(Markdown.inline(model.title()), DocsLayout.README));
    if (!operation.tags().isEmpty()) {
      page.append(" · ").append(operation.tags().size() == 1 ? "tag " : "tags ")
          .append(operation.tags().stream().map(Markdown::code).collect(Collectors.joining(", ")));
    }
    page.append(" · ").append(Markdown.link("models", DocsLayout.MODELS)).append("\n\n");
    if (operation.deprecated()) {
      page.append("**Deprecated:** the API marks this operation as deprecated.\n\n");
    }
    if (!operation.description().isBlank()) {
      page.append(Markdown.block(operation.description())).append("\n\n");
    }
  }

  private void authentication(StringBuilder page, Operation operation) {
    page.append("## Authentication\n\n");
    if (operation.security().isEmpty()) {
      page.append("None: the operation needs no credentials.\n\n");
    } else {
      if (operation.security().size() > 1) {
        page.append("Any one of these ways (the examples use the first):\n\n");
      }
      for (SecurityRequirement requirement : operation.security()) {
        page.append("- ").append(requirement.schemes().isEmpty() ? "no credentials" : requirement.schemes()
            .keySet().stream().map(this::scheme).collect(Collectors.joining("; and "))).append('\n');
      }
      page.append('\n');
    }
    page.append("Required scopes: ").append(operation.requiredScopes().isEmpty()
        ? "none declared"
        : operation.requiredScopes().stream().map(Markdown::code).collect(Collectors.joining(", ")))
        .append(".\n\n");
    page.append("Without credentials the client sends none, for a gateway that adds them: see ")
        .append(Markdown.link("Using a gateway", DocsLayout.README + "#using-a-gateway")).append(".\n\n");
  }

  // Emits: HTTP bearer token (`Authorization: Bearer <token>`), scheme `bearerAuth`: in Java `.bearerToken(...)`, ...
  private String scheme(String key) {
    Optional<SecurityScheme> found = model.securityScheme(key);
    if (found.isEmpty()) {
      return "scheme " + Markdown.code(key);
    }
    SecurityScheme scheme = found.get();
    StringBuilder text = new StringBuilder(switch (scheme.kind()) {
      case BEARER -> "HTTP bearer token (" + Markdown.code("Authorization: Bearer <token>") + ")";
      case BASIC -> "HTTP basic authentication (" + Markdown.code("Authorization: Basic <credentials>") + ")";
      case API_KEY -> "API key in the " + scheme.apiKeyLocation().name().toLowerCase(Locale.ROOT) + " "
          + Markdown.code(scheme.parameterName());
    });
    text.append(", scheme ").append(Markdown.code(scheme.key()));
    List<String> variables = layout.envVariables(scheme);
    Optional<ClientSurface.Credential> credential = surface.credential(key);
    if (credential.isPresent()) {
      text.append(": in Java ").append(Markdown.code("." + credential.get().setter() + "(...)"))
          .append(" on the client builder, in curl ")
          .append(variables.stream().map(v -> Markdown.code("$" + v)).collect(Collectors.joining(" and ")));
    } else {
      text.append(" (the generated client cannot send it)");
    }
    text.append('.');
    if (!scheme.description().isBlank()) {
      text.append(' ').append(Markdown.inline(scheme.description()));
    }
    return text.toString();
  }

  // Emits: | `contact_id` | path | string | yes | example: `crd_123` | `.contactId(String)` | The Contact ID... |
  private void parameters(StringBuilder page, Call call) {
    page.append("## Parameters\n\n");
    List<Parameter> parameters = call.operation().parameters();
    if (parameters.isEmpty()) {
      page.append("None.\n\n");
      return;
    }
    page.append(Markdown.header("Name", "In", "Type", "Required", "Default / example", "Java", "Description"));
    for (Parameter parameter : parameters) {
      Optional<Setter> setter = call.setters().stream()
          .filter(s -> s.parameter().map(parameter::equals).orElse(false)).findFirst();
      page.append(Markdown.row(
          Markdown.code(parameter.name(), true),
          location(parameter),
          labels.labelWithValues(parameter.type()),
          parameter.required() ? "yes" : "no",
          values(parameter),
          setter.map(s -> Markdown.code("." + s.setter() + "(" + simpleNames(surface.types().of(s.type()).toString()) + ")", true))
              .orElse(parameter.constantValue().isPresent() ? "sent by the client" : "not sent by the client"),
          description(parameter.description(), parameter.deprecated())));
    }
    page.append('\n');
  }

  private static String location(Parameter parameter) {
    String where = parameter.location().name().toLowerCase(Locale.ROOT);
    if (parameter.location() != Parameter.ParameterLocation.QUERY) {
      return where;
    }
    return switch (parameter.style()) {
      case DEEP_OBJECT -> where + ", deepObject";
      case SPACE_DELIMITED -> where + ", space-delimited";
      case PIPE_DELIMITED -> where + ", pipe-delimited";
      default -> parameter.explode() ? where : where + ", comma-separated";
    };
  }

  private static String values(Parameter parameter) {
    if (parameter.constantValue().isPresent()) {
      return "always " + Markdown.code(parameter.constantValue().get(), true);
    }
    StringBuilder text = new StringBuilder();
    parameter.defaultValue().ifPresent(v -> text.append("default: ").append(Markdown.code(scalarOrJson(v), true)));
    parameter.example().ifPresent(v -> text.append(text.length() == 0 ? "" : "; ")
        .append("example: ").append(Markdown.code(scalarOrJson(v), true)));
    return text.length() == 0 ? " " : text.toString();
  }

  private static String scalarOrJson(JsonValue value) {
    return value.value() instanceof String text ? text : value.toJson();
  }

  private static String description(String text, boolean deprecated) {
    String cell = Markdown.cell(text);
    if (deprecated) {
      cell = "**Deprecated.** " + cell;
    }
    return cell.isBlank() ? " " : cell;
  }

  private void requestBody(StringBuilder page, Call call) {
    call.operation().requestBody().ifPresent(body -> {
      page.append("## Request body\n\n");
      Optional<Setter> setter = call.setters().stream().filter(s -> s.body().isPresent()).findFirst();
      page.append(body.required() ? "Required." : "Optional.");
      if (!body.description().isBlank()) {
        page.append(' ').append(Markdown.inline(body.description()));
      }
      if (setter.isEmpty()) {
        page.append(" The generated client sends JSON bodies only, so the examples leave this one out.");
      }
      page.append("\n\n").append(Markdown.header("Media type", "Type", "Java"));
      for (MediaType media : body.content()) {
        boolean sent = setter.flatMap(Setter::body).map(media::equals).orElse(false);
        page.append(Markdown.row(Markdown.code(media.mediaType(), true), labels.label(media.type()),
            sent ? Markdown.code("." + setter.get().setter() + "(" + simpleNames(surface.types().of(media.type()).toString()) + ")", true)
                : "not sent by the client"));
      }
      page.append('\n');
    });
  }

  private void java(StringBuilder page, Call call, Examples shown) {
    page.append("## Java\n\n");
    page.append("Create the client as in ").append(Markdown.link("Setup", DocsLayout.README + "#setup"))
        .append(", then:\n\n");
    page.append(Markdown.fence("java", shown.java())).append('\n');
    otherForms(page, call);
    shown.allPages().ifPresent(all -> {
      page.append("All pages: ").append(Markdown.code(call.operation().javaName() + "All"))
          .append(" returns a ").append(Markdown.code("Paginator"))
          .append(" that fetches each page when the items before it are used up; ")
          .append(paging(call.operation().pagination())).append(" Its ")
          .append(Markdown.code("pages()")).append(" gives the whole pages; ")
          .append(Markdown.code("client.async()." + call.operation().javaName() + "All(...)"))
          .append(" returns an ").append(Markdown.code("AsyncPaginator")).append(" whose ")
          .append(Markdown.code("forEach")).append(" fetches the pages without blocking.\n\n");
      page.append(Markdown.fence("java", all)).append('\n');
    });
    page.append("These examples compile as ").append(Markdown.code(shown.snippetClass())).append(".\n\n");
  }

  // Emits: The same call: `client.listContactConversations(contactId)` takes the path parameter directly;
  //        `client.withRawResponse()...` returns status and headers too; `client.async()...` a CompletableFuture.
  private static void otherForms(StringBuilder page, Call call) {
    String name = call.operation().javaName();
    String arguments = call.requestType().isPresent() ? "request" : "";
    page.append("The same call in other forms: ");
    if (!call.pathArguments().isEmpty()) {
      page.append(Markdown.code("client." + name + "(" + String.join(", ", call.pathArguments()) + ")"))
          .append(" takes the path ").append(call.pathArguments().size() == 1 ? "parameter" : "parameters")
          .append(" directly; ");
    }
    page.append(Markdown.code("client.withRawResponse()." + name + "(" + arguments + ")"))
        .append(" also returns the status and headers; ")
        .append(Markdown.code("client.async()." + name + "(" + arguments + ")"))
        .append(" returns a ").append(Markdown.code("CompletableFuture"))
        .append(" that fails with the same exceptions. Each takes ")
        .append(Markdown.code("RequestOptions")).append(" as a last argument for one call's timeouts,"
            + " retries and headers.\n\n");
  }

  private static String paging(Pagination pagination) {
    if (pagination instanceof Pagination.NextUrl next) {
      return "it follows the URL in " + Markdown.code(String.join(".", next.nextUrl()))
          + " until there is none.";
    }
    if (pagination instanceof Pagination.Cursor cursor) {
      return "it sends " + Markdown.code(String.join(".", cursor.cursor())) + " back as "
          + Markdown.code(cursor.parameter()) + " until it is empty.";
    }
    if (pagination instanceof Pagination.Keyset keyset) {
      return "it sets " + Markdown.code(keyset.parameter()) + " to the "
          + Markdown.code(String.join(".", keyset.keyField())) + " of the last item, until a page is"
          + " empty or the key stops advancing (a short page is not taken as the last: a server may"
          + " cap the page size).";
    }
    if (pagination instanceof Pagination.PageNumber number) {
      return "it counts " + Markdown.code(number.parameter()) + " up from " + number.startPage()
          + " until a page is empty" + number.limitParameter()
              .map(l -> " or has fewer items than " + Markdown.code(l)).orElse("") + ".";
    }
    return "";
  }

  // Emits: **200** — description. Body: [Type](models.md#type). then the example
  private void response(StringBuilder page, Operation operation) {
    page.append("## Response\n\n");
    List<Response> successes = operation.successResponses();
    if (successes.isEmpty()) {
      page.append("The spec declares no success response.\n\n");
      return;
    }
    for (Response response : successes) {
      page.append("**").append(Markdown.inline(response.status())).append("**");
      if (!response.description().isBlank()) {
        page.append(": ").append(Markdown.inline(response.description()));
      }
      page.append("\n\n");
      Optional<MediaType> content = response.content().stream().findFirst();
      if (content.isEmpty()) {
        page.append("No body.\n\n");
      } else {
        MediaType media = content.get();
        page.append("Body (").append(Markdown.code(media.mediaType())).append("): ")
            .append(labels.label(media.type())).append(".\n\n");
        example(page, media);
      }
      headers(page, response);
    }
  }

  private void example(StringBuilder page, MediaType media) {
    if (media.example().isPresent()) {
      page.append("Example from the spec:\n\n").append(Markdown.fence("json", media.example().get().toPrettyJson()))
          .append('\n');
      return;
    }
    examples.synthesize(media.type(), ExampleValues.Mode.RESPONSE).ifPresent(value -> page
        .append("Example made up from the schema:\n\n")
        .append(Markdown.fence("json", new JsonValue(value).toPrettyJson())).append('\n'));
  }

  private void headers(StringBuilder page, Response response) {
    if (response.headers().isEmpty()) {
      return;
    }
    page.append(Markdown.header("Response header", "Type", "Description"));
    for (Response.Header header : response.headers()) {
      page.append(Markdown.row(Markdown.code(header.name(), true), labels.label(header.type()),
          description(header.description(), false)));
    }
    page.append('\n');
  }

  // Emits: | `404` | `FrontNotFoundException` | No contact matches ... | [ErrorResponse](models.md#errorresponse) |
  private void errors(StringBuilder page, Operation operation) {
    page.append("## Errors\n\n");
    List<Response> errors = operation.errorResponses();
    if (!errors.isEmpty()) {
      page.append(Markdown.header("Status", "Exception", "Description", "Body"));
      for (Response response : errors) {
        String body = response.content().stream().findFirst().map(m -> labels.label(m.type())).orElse("none");
        String headers = response.headers().isEmpty() ? "" : " Headers: " + response.headers().stream()
            .map(h -> Markdown.code(h.name(), true)).collect(Collectors.joining(", ")) + ".";
        page.append(Markdown.row(Markdown.code(response.status(), true),
            Markdown.code(RuntimeExceptions.forStatus(model, response.status()), true),
            description(response.description(), false) + headers, body));
      }
      page.append('\n');
    }
    String base = Markdown.code(RuntimeExceptions.base(model));
    page.append(errors.isEmpty() ? "The spec declares no error responses. " : "")
        .append("Error statuses raise ").append(base)
        .append(errors.stream().anyMatch(Response::isDefault) ? "" : " (any status not listed)")
        .append(errors.isEmpty() ? "" : " or its subclass for the status, whose " + Markdown.code("body()")
            + " is the typed body")
        .append("; every one has ").append(Markdown.code("status()")).append(", ")
        .append(Markdown.code("headers()")).append(", ").append(Markdown.code("requestId()")).append(", ")
        .append(Markdown.code("method()")).append(" and ").append(Markdown.code("url()"))
        .append(". A failed connection raises ")
        .append(Markdown.code("ApiConnectionException")).append(" and a timeout ")
        .append(Markdown.code("ApiTimeoutException")).append(" (package ")
        .append(Markdown.code(RuntimeExceptions.PACKAGE)).append(").\n");
  }

  /** {@code java.util.List<com.acme.Tag>} to {@code List<Tag>}. */
  static String simpleNames(String typeName) {
    return PACKAGE_PREFIX.matcher(typeName).replaceAll("$1");
  }

  /** The package (and outer classes') prefix of a qualified name, up to its last segment's first letter. */
  private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+([A-Za-z_$])");

}
