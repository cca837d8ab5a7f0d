package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Parameter.ParameterStyle;
import dev.specgen.naming.HttpStatusNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Adds the methods of one operation to the client and to its two views: the call in every form
 * {@link CallForms} offers, the auto-paging form {@code opAll} when the operation is paginated
 * (not on the raw-response view), and on the client the private method that turns the request
 * object into an HTTP request.
 */
final class OperationMethods {

  static final ClassName REQUEST_OPTIONS = CallForms.REQUEST_OPTIONS;
  private static final ClassName QUERY_STYLE = ClassName.get("dev.specgen.runtime.param", "QueryStyle");

  private final ClassName client;
  private final OperationExamples examples;

  OperationMethods(ClassName client, OperationExamples examples) {
    this.client = client;
    this.examples = examples;
  }

  /** Adds the operation's methods to each view's type. */
  void addTo(Map<ClientView, TypeSpec.Builder> views, OperationPlan plan) {
    for (ClientView view : ClientView.values()) {
      TypeSpec.Builder type = views.get(view);
      type.addMethods(calls(view, plan));
      plan.paging().flatMap(paging -> view.paged(paging)).ifPresent(paged -> type.addMethods(pagedCalls(view, plan, paged)));
    }
    TypeSpec.Builder root = views.get(ClientView.ROOT);
    plan.paging().ifPresent(paging -> paging.helpers().forEach(root::addMethod));
    root.addMethod(httpRequest(plan));
  }

  private List<MethodSpec> calls(ClientView view, OperationPlan plan) {
    // A view's methods carry no text: the view class says they are the client's methods, which
    // document each operation once, with another return type.
    CodeBlock doc = view == ClientView.ROOT ? OperationJavadoc.of(plan, examples) : CodeBlock.of("");
    return new CallForms(plan, plan.operation().javaName(), view.returns(plan)).all(doc, view.invocation(plan));
  }

  // Emits: public Paginator<Page, Item> opAll(Request request, RequestOptions options) { return Paginator.nextUrl(...); }
  private List<MethodSpec> pagedCalls(ClientView view, OperationPlan plan, ClientView.Paged paged) {
    CodeBlock doc = view == ClientView.ROOT
        ? CodeBlock.of("Every item of {@code $L}, page after page: pages are fetched lazily as the items are\n"
            + "consumed, one page at a time; {@code pages()} gives the pages.\n",
            Javadocs.escape(plan.operation().operationId()))
        : CodeBlock.of("");
    return new CallForms(plan, plan.operation().javaName() + "All", paged.type()).all(doc, paged.call());
  }

  static boolean isStreamed(OperationPlan plan) {
    return ClientView.isStreamed(plan);
  }

  // Emits: private static ApiRequest opRequest(Request request) { return ApiRequest.get("/path").pathParam(...)...build(); }
  private MethodSpec httpRequest(OperationPlan plan) {
    Operation operation = plan.operation();
    MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName() + "Request")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(PagingPlan.API_REQUEST);
    plan.requestType().ifPresent(type -> method.addParameter(type, "request"));
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.builder($T.$L, $S)", PagingPlan.API_REQUEST,
        ClassName.get("dev.specgen.runtime.http", "HttpMethod"), operation.method().name(), operation.path());
    for (Parameter parameter : operation.parameters()) {
      parameterCall(parameter, plan).ifPresent(call -> chain.add("$Z$L", call));
    }
    plan.accept().ifPresent(accept -> chain.add("$Z.accept($S)", accept));
    for (BodyPlan body : plan.bodies()) {
      chain.add("$Z$L", bodyCall(body, body == plan.bodies().get(0)));
    }
    chain.add(errorCalls(plan.errors()));
    return method.addStatement("return $L$Z.build()", chain.build()).build();
  }

  /**
   * The request for a next-page URL: the URL as given, with the operation's header parameters and
   * error responses, so that every page is sent and its errors raised like the first page's.
   *
   * <p>Emits: {@code ApiRequest.getUrl(url).header("Version", "2021-04-15").error(404, Error.class,
   * FRONT_NOT_FOUND_EXCEPTION).otherErrors(FRONT_API_EXCEPTION).build()}
   */
  static CodeBlock pageUrlRequest(OperationPlan plan, String urlVariable) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.getUrl($N)", PagingPlan.API_REQUEST, urlVariable);
    for (Parameter parameter : plan.operation().parameters()) {
      if (parameter.location() == Parameter.ParameterLocation.HEADER) {
        parameterCall(parameter, plan).ifPresent(call -> chain.add("$Z$L", call));
      }
    }
    return chain.add(errorCalls(plan.errors())).add("$Z.build()").build();
  }

  /**
   * Sets the body from its component; a null component changes nothing, so only the one set is
   * sent. The one-argument {@code jsonBody} (which a null clears) is used only first, as it always was.
   */
  private static CodeBlock bodyCall(BodyPlan body, boolean first) {
    String field = body.fieldName();
    return switch (body.kind()) {
      case JSON -> first && body.isPlainJson()
          ? CodeBlock.of(".jsonBody(request.$N())", field)
          : CodeBlock.of(".jsonBody(request.$N(), $S)", field, body.contentType());
      case FORM -> CodeBlock.of(".formBody(request.$N(), $L)", field, formStyles(body));
      case MULTIPART -> CodeBlock.of(".multipartBody(request.$N())", field);
      case TEXT -> CodeBlock.of(".textBody(request.$N(), $S)", field, body.contentType());
      default -> CodeBlock.of(".binaryBody(request.$N(), $S)", field, body.contentType());
    };
  }

  /** {@code Map.of()} or {@code Map.ofEntries(Map.entry("tags", QueryStyle.FORM_UNEXPLODED), ...)}. */
  private static CodeBlock formStyles(BodyPlan body) {
    List<CodeBlock> entries = new ArrayList<>();
    body.media().encoding().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(entry -> {
      MediaType.Encoding encoding = entry.getValue();
      if (encoding.style().isPresent() || encoding.explode().isPresent()) {
        entries.add(CodeBlock.of("$T.entry($S, $T.$L)", java.util.Map.class, entry.getKey(), QUERY_STYLE,
            formStyle(encoding)));
      }
    });
    return entries.isEmpty()
        ? CodeBlock.of("$T.of()", java.util.Map.class)
        : CodeBlock.of("$T.ofEntries($L)", java.util.Map.class, CodeBlock.join(entries, ", "));
  }

  /** The runtime's style for an Encoding Object; {@code explode} defaults to true for {@code form} only. */
  private static String formStyle(MediaType.Encoding encoding) {
    String style = encoding.style().orElse("form");
    return switch (style) {
      case "deepObject" -> "DEEP_OBJECT";
      case "spaceDelimited" -> "SPACE_DELIMITED";
      case "pipeDelimited" -> "PIPE_DELIMITED";
      default -> encoding.explode().orElse(true) ? "FORM" : "FORM_UNEXPLODED";
    };
  }

  private static java.util.Optional<CodeBlock> parameterCall(Parameter parameter, OperationPlan plan) {
    CodeBlock value = parameter.constantValue()
        .map(constant -> CodeBlock.of("$S", constant))
        .orElseGet(() -> CodeBlock.of("request.$N()", parameter.javaName()));
    return switch (parameter.location()) {
      case PATH -> java.util.Optional.of(CodeBlock.of(".pathParam($S, $L)", parameter.name(), value));
      case HEADER -> java.util.Optional.of(CodeBlock.of(".header($S, $L)", parameter.name(), value));
      case QUERY -> java.util.Optional.of(CodeBlock.of(".query($S, $L, $T.$L)", parameter.name(), value,
          QUERY_STYLE, queryStyle(parameter)));
      case COOKIE -> java.util.Optional.empty();
    };
  }

  private static String queryStyle(Parameter parameter) {
    ParameterStyle style = parameter.style();
    if (style == ParameterStyle.DEEP_OBJECT) {
      return "DEEP_OBJECT";
    }
    if (style == ParameterStyle.SPACE_DELIMITED) {
      return "SPACE_DELIMITED";
    }
    if (style == ParameterStyle.PIPE_DELIMITED) {
      return "PIPE_DELIMITED";
    }
    return parameter.explode() ? "FORM" : "FORM_UNEXPLODED";
  }

  /**
   * One line per declared error response, giving its body type and exception factory, then the
   * base exception's for every other status. Emits:
   * <pre>
   *     .error(404, ErrorResponse.class, FRONT_NOT_FOUND_EXCEPTION)
   *     .error(429, FRONT_TOO_MANY_REQUESTS_EXCEPTION)
   *     .errorForClass(5, Error.class, FRONT_SERVER_ERROR_EXCEPTION)
   *     .defaultError(Error.class, FRONT_DEFAULT_ERROR_EXCEPTION)
   *     .otherErrors(FRONT_API_EXCEPTION)
   * </pre>
   * The constants are the client's ({@link ErrorFactories}).
   */
  private static CodeBlock errorCalls(OperationErrors errors) {
    CodeBlock.Builder lines = CodeBlock.builder();
    for (OperationErrors.DeclaredError error : errors.declared()) {
      lines.add("$Z$L", errorBodyCall(error));
    }
    errors.otherErrors().ifPresent(base -> lines.add("$Z.otherErrors($L)", ErrorFactories.reference(base)));
    return lines.build();
  }

  private static CodeBlock errorBodyCall(OperationErrors.DeclaredError error) {
    String status = error.status();
    CodeBlock type = error.bodyType().map(t -> CodeBlock.of("$T.class", t)).orElse(CodeBlock.of("null"));
    CodeBlock factory = ErrorFactories.reference(error.exception());
    if (HttpStatusNames.isDefault(status)) {
      return CodeBlock.of(".defaultError($L, $L)", type, factory);
    }
    if (HttpStatusNames.isRange(status)) {
      return CodeBlock.of(".errorForClass($L, $L, $L)", status.charAt(0), type, factory);
    }
    return error.bodyType().isPresent()
        ? CodeBlock.of(".error($L, $L, $L)", status, type, factory)
        : CodeBlock.of(".error($L, $L)", status, factory);
  }
}
