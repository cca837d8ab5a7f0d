package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.ir.MediaKind;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The three ways a generated client offers every operation, each with the same methods and
 * overloads: the client itself (blocking, returns the body), {@code client.withRawResponse()}
 * (blocking, returns status, headers and body) and {@code client.async()} (returns a future).
 */
enum ClientView {
  ROOT(""),
  RAW_RESPONSE("WithRawResponse"),
  ASYNC("Async");

  static final ClassName API_RESPONSE = ClassName.get("dev.specgen.runtime", "ApiResponse");
  private static final ClassName COMPLETABLE_FUTURE = ClassName.get(CompletableFuture.class);

  private final String nestedName;

  ClientView(String nestedName) {
    this.nestedName = nestedName;
  }

  /** {@code FrontClient}, {@code FrontClient.WithRawResponse} or {@code FrontClient.Async}. */
  ClassName type(ClassName client) {
    return this == ROOT ? client : client.nestedClass(nestedName);
  }

  /** The accessor (and field) of the view on the client: {@code withRawResponse} or {@code async}. */
  String accessor() {
    return Character.toLowerCase(nestedName.charAt(0)) + nestedName.substring(1);
  }

  /** What an operation's methods return in this view. */
  TypeName returns(OperationPlan plan) {
    return switch (this) {
      case ROOT -> plan.responseType().orElse(TypeName.VOID);
      case RAW_RESPONSE -> ParameterizedTypeName.get(API_RESPONSE, boxedBody(plan));
      case ASYNC -> ParameterizedTypeName.get(COMPLETABLE_FUTURE, boxedBody(plan));
    };
  }

  /** The runtime call behind the main method, using {@code options} and the request of the plan. */
  CodeBlock invocation(OperationPlan plan) {
    String id = plan.operation().operationId();
    CodeBlock request = requestCall(plan);
    if (isStreamed(plan)) {
      return switch (this) {
        case ROOT -> CodeBlock.of("$L.body()", streamingCall(plan, ""));
        case RAW_RESPONSE -> streamingCall(plan, "");
        case ASYNC -> CodeBlock.of("$T.bodyOf($L)", ClientEmitter.RUNTIME_CORE, streamingCall(plan, "Async"));
      };
    }
    String execute = switch (this) {
      case ROOT -> "execute";
      case RAW_RESPONSE -> "executeWithResponse";
      case ASYNC -> "executeAsync";
    };
    return CodeBlock.of("core.$L($S, $L, options, $L)", execute, id, request, ResponseTypes.literal(boxedBody(plan)));
  }

  /** The auto-paging method's type and expression in this view; the raw view has none. */
  Optional<Paged> paged(PagingPlan paging) {
    return switch (this) {
      case ROOT -> Optional.of(new Paged(paging.paginatorType(), paging.blockingCall()));
      case ASYNC -> Optional.of(new Paged(paging.asyncPaginatorType(), paging.asyncCall()));
      case RAW_RESPONSE -> Optional.empty();
    };
  }

  /**
   * An auto-paging method.
   *
   * @param type its return type
   * @param call the expression building the paginator
   */
  record Paged(TypeName type, CodeBlock call) {}

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

  /** {@code listContactConversationsRequest(request)}: the private method building the HTTP request. */
  private static CodeBlock requestCall(OperationPlan plan) {
    return CodeBlock.of("$N($L)", plan.operation().javaName() + "Request",
        plan.requestType().isPresent() ? "request" : "");
  }

  private static TypeName boxedBody(OperationPlan plan) {
    return plan.responseType().orElse(ClassName.get(Void.class));
  }
}
