package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.MediaKind;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Parameter.ParameterStyle;
import dev.specgen.ir.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Adds the methods of one operation to the client: the call itself (with and without {@code
 * RequestOptions}), the raw-response and async variants, the auto-paging variant when the
 * operation is paginated, and the private method that turns the request object into an HTTP
 * request.
 */
final class OperationMethods {

  static final ClassName REQUEST_OPTIONS = ClassName.get("dev.specgen.runtime", "RequestOptions");
  static final ClassName API_RESPONSE = ClassName.get("dev.specgen.runtime", "ApiResponse");
  private static final ClassName QUERY_STYLE = ClassName.get("dev.specgen.runtime.param", "QueryStyle");

  private final OperationExamples examples;

  OperationMethods(OperationExamples examples) {
    this.examples = examples;
  }

  void addTo(TypeSpec.Builder client, OperationPlan plan) {
    String name = plan.operation().javaName();
    addWithAndWithoutOptions(client, plan, call(plan));
    addWithAndWithoutOptions(client, plan, withResponse(plan));
    addWithAndWithoutOptions(client, plan, async(plan));
    plan.paging().ifPresent(paging -> {
      addWithAndWithoutOptions(client, plan, paged(plan, paging));
      paging.helpers().forEach(client::addMethod);
    });
    client.addMethod(httpRequest(plan));
  }

  /** Adds {@code method} and an overload without its last parameter that passes default options. */
  private static void addWithAndWithoutOptions(TypeSpec.Builder client, OperationPlan plan, MethodSpec method) {
    MethodSpec.Builder overload = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(method.returnType())
        .addJavadoc("Like {@link #$N($L$T)}, with default options.\n", method.name(),
            plan.requestType().map(t -> t.simpleName() + ", ").orElse(""), REQUEST_OPTIONS)
        .addJavadoc("\n$L", OperationJavadoc.withDefaultOptions(plan, method));
    plan.requestType().ifPresent(type -> overload.addParameter(type, "request"));
    String arguments = plan.requestType().isPresent() ? "request, " : "";
    String prefix = method.returnType().equals(TypeName.VOID) ? "" : "return ";
    client.addMethod(overload.addStatement(prefix + "$N($L$T.defaults())", method.name(), arguments, REQUEST_OPTIONS)
        .build());
    client.addMethod(method);
  }

  // Emits: public Page op(Request request, RequestOptions options) { return core.execute("op", opRequest(request), options, Page.class); }
  private MethodSpec call(OperationPlan plan) {
    MethodSpec.Builder method = signature(plan, plan.operation().javaName(), returnType(plan))
        .addJavadoc(OperationJavadoc.of(plan, examples));
    CodeBlock execute = switch (plan.responseKind()) {
      case BINARY, EVENT_STREAM -> CodeBlock.of("$L.body()", streamingCall(plan, ""));
      default -> CodeBlock.of("core.execute($S, $L, options, $L)",
          plan.operation().operationId(), requestCall(plan), bodyLiteral(plan));
    };
    return plan.responseType().isPresent()
        ? method.addStatement("return $L", execute).build()
        : method.addStatement("$L", execute).build();
  }

  private MethodSpec withResponse(OperationPlan plan) {
    return signature(plan, plan.operation().javaName() + "WithResponse",
            ParameterizedTypeName.get(API_RESPONSE, boxedBody(plan)))
        .addJavadoc("Like {@link #$N}, but also returns the status and headers (rate limits, for"
            + " example).\n", plan.operation().javaName())
        .addJavadoc("\n$L", OperationJavadoc.tags(plan, true, "the status, the headers and the body", true))
        .addStatement("return $L", isStreamed(plan) ? streamingCall(plan, "")
            : CodeBlock.of("core.executeWithResponse($S, $L, options, $L)",
                plan.operation().operationId(), requestCall(plan), bodyLiteral(plan)))
        .build();
  }

  private MethodSpec async(OperationPlan plan) {
    return signature(plan, plan.operation().javaName() + "Async",
            ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), boxedBody(plan)))
        .addJavadoc("Like {@link #$N}, but without blocking: the future completes with the body or"
            + " with the exception the blocking call would throw.\n", plan.operation().javaName())
        .addJavadoc("\n$L", OperationJavadoc.tags(plan, true, "the future result of the call", false))
        .addStatement("return $L", isStreamed(plan)
            ? CodeBlock.of("$L.thenApply($T::body)", streamingCall(plan, "Async"), API_RESPONSE)
            : CodeBlock.of("core.executeAsync($S, $L, options, $L)",
                plan.operation().operationId(), requestCall(plan), bodyLiteral(plan)))
        .build();
  }

  static boolean isStreamed(OperationPlan plan) {
    return plan.responseKind() == MediaKind.BINARY || plan.responseKind() == MediaKind.EVENT_STREAM;
  }

  /** {@code core.executeBinary(...)} or {@code core.executeEvents(...)}, returning an {@code ApiResponse}. */
  private static CodeBlock streamingCall(OperationPlan plan, String suffix) {
    String id = plan.operation().operationId();
    if (plan.responseKind() == MediaKind.BINARY) {
      return CodeBlock.of("core.executeBinary$L($S, $L, options)", suffix, id, requestCall(plan));
    }
    TypeName data = ((ParameterizedTypeName) plan.responseType().orElseThrow()).typeArguments().get(0);
    return CodeBlock.of("core.executeEvents$L($S, $L, options, new $T<$T>() {})", suffix, id, requestCall(plan),
        ResponseTypes.TYPE_REFERENCE, data);
  }

  // Emits: public Paginator<Page, Item> opAll(Request request, RequestOptions options) { return Paginator.nextUrl(...); }
  private MethodSpec paged(OperationPlan plan, PagingPlan paging) {
    return signature(plan, plan.operation().javaName() + "All", paging.paginatorType())
        .addJavadoc("Every item of <code>$L</code>, page after page: pages are fetched lazily as the"
            + " items are consumed, one page at a time.\n", Javadocs.escape(plan.operation().operationId()))
        .addJavadoc("\n$L", OperationJavadoc.tags(plan, true, "the items; iterating throws what {@link #"
            + plan.operation().javaName() + "} throws when a page cannot be fetched", false))
        .addStatement("return $L", paging.call())
        .build();
  }

  private static MethodSpec.Builder signature(OperationPlan plan, String name, TypeName returns) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
    plan.requestType().ifPresent(type -> method.addParameter(type, "request"));
    return method.addParameter(REQUEST_OPTIONS, "options");
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
      parameterCall(parameter, plan).ifPresent(call -> chain.add("\n    $L", call));
    }
    plan.accept().ifPresent(accept -> chain.add("\n    .accept($S)", accept));
    for (BodyPlan body : plan.bodies()) {
      chain.add("\n    $L", bodyCall(body, body == plan.bodies().get(0)));
    }
    for (OperationPlan.ErrorBody error : plan.errorBodies()) {
      chain.add("\n    $L", errorBodyCall(error));
    }
    return method.addStatement("return $L\n    .build()", chain.build()).build();
  }

  /**
   * The request for a next-page URL: the URL as given, with the operation's header parameters and
   * error bodies, so that every page is sent and its errors read like the first page's.
   *
   * <p>Emits: {@code ApiRequest.getUrl(url).header("Version", "2021-04-15").errorBody(404, Error.class).build()}
   */
  static CodeBlock pageUrlRequest(OperationPlan plan, String urlVariable) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.getUrl($N)", PagingPlan.API_REQUEST, urlVariable);
    for (Parameter parameter : plan.operation().parameters()) {
      if (parameter.location() == Parameter.ParameterLocation.HEADER) {
        parameterCall(parameter, plan).ifPresent(call -> chain.add("\n    $L", call));
      }
    }
    for (OperationPlan.ErrorBody error : plan.errorBodies()) {
      chain.add("\n    $L", errorBodyCall(error));
    }
    return chain.add("\n    .build()").build();
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

  private static CodeBlock errorBodyCall(OperationPlan.ErrorBody error) {
    String status = error.status();
    if (status.equals("default")) {
      return CodeBlock.of(".defaultErrorBody($T.class)", error.type());
    }
    if (status.endsWith("XX")) {
      return CodeBlock.of(".errorBodyForClass($L, $T.class)", status.charAt(0), error.type());
    }
    return CodeBlock.of(".errorBody($L, $T.class)", status, error.type());
  }

  private static CodeBlock requestCall(OperationPlan plan) {
    return CodeBlock.of("$N($L)", plan.operation().javaName() + "Request",
        plan.requestType().isPresent() ? "request" : "");
  }

  private static TypeName returnType(OperationPlan plan) {
    return plan.responseType().orElse(TypeName.VOID);
  }

  private static TypeName boxedBody(OperationPlan plan) {
    return plan.responseType().orElse(ClassName.get(Void.class));
  }

  private static CodeBlock bodyLiteral(OperationPlan plan) {
    return ResponseTypes.literal(boxedBody(plan));
  }
}
