package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.Emitter;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.PoolTasks;
import dev.specgen.emit.Javadocs;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits one client per spec ({@code FrontClient}) with a method per operation, and a request type
 * per operation that takes parameters. The hard parts (HTTP, auth, serialization, retries,
 * pagination, errors) live in {@code specgen-runtime}; generated code only wires them up.
 */
public final class ClientEmitter implements Emitter {

  static final ClassName RUNTIME_CORE = ClassName.get("dev.specgen.runtime", "ApiClientCore");

  private final OperationExamples.Source examples;

  /**
   * An emitter whose operation Javadoc shows the examples {@code examples} gives.
   *
   * @param examples the examples of a spec's operations, e.g. the docs' compiled snippets
   */
  public ClientEmitter(OperationExamples.Source examples) {
    this.examples = examples;
  }

  /**
   * The client's file, its exception types and a request type per operation. The client is the
   * largest file of a spec and one thread builds and renders it, so it is rendered as soon as it
   * is built, while the other threads take the request types (each operation a task): left
   * waiting for a free thread, its rendering would start only once the models are done and end
   * the run alone.
   */
  @Override
  public List<GeneratedFile> emit(ApiModel model, EmitContext context) {
    if (!context.generateClients()) {
      return List.of();
    }
    ClientApi api = ClientApi.of(model, context);
    Supplier<List<List<GeneratedFile>>> requestFiles = PoolTasks.fork(api.operations(), plan -> requestFiles(plan, context));
    List<GeneratedFile> files = new ArrayList<>();
    TypeSpec client = clientType(model, api, madeAhead(examples.forSpec(model, context), api.operations()));
    files.add(JavaFiles.renderedFile(GeneratedFile.Target.SOURCES, context.packageName(), client, context.specName()));
    files.addAll(new ExceptionTypesEmitter().emit(model, api, context));
    requestFiles.get().forEach(files::addAll);
    return files;
  }

  /**
   * The examples of every operation, made first, each a task other threads may take: an example
   * renders a snippet class of its own, and made one by one while the client's methods are built
   * they took half the time of building the client.
   */
  private static OperationExamples madeAhead(OperationExamples examples, List<OperationPlan> plans) {
    List<Optional<String>> made = PoolTasks.map(plans, plan -> examples.of(plan.operation()));
    Map<Operation, Optional<String>> byOperation = new IdentityHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      byOperation.put(plans.get(i).operation(), made.get(i));
    }
    return operation -> {
      Optional<String> example = byOperation.get(operation);
      return example != null ? example : examples.of(operation);
    };
  }

  /** The request type of an operation that takes parameters, and the types of its multipart bodies. */
  private static List<GeneratedFile> requestFiles(OperationPlan plan, EmitContext context) {
    List<GeneratedFile> files = new ArrayList<>();
    String source = context.sourceOf(plan.operation().origin());
    plan.requestType().ifPresent(requestType ->
        files.add(file(context, source, new RequestTypeEmitter().emit(requestType, plan))));
    plan.bodies().forEach(body -> body.multipart().ifPresent(form ->
        files.add(file(context, source, new MultipartTypeEmitter().emit(form, plan.operation().operationId())))));
    return files;
  }

  // Emits:
  //   @Generated(...) public final class FrontClient {
  //     private static final ApiExceptionFactory FRONT_NOT_FOUND_EXCEPTION = FrontNotFoundException::new;  // per exception class
  //     private final ApiClientCore core;
  //     private final WithRawResponse withRawResponse = new WithRawResponse();
  //     private final Async async = new Async();
  //     public static Builder builder() { ... }
  //     public WithRawResponse withRawResponse() { ... }
  //     public Async async() { ... }
  //     public ListContactConversationsResponse listContactConversations(...) { ... }  // per operation, in every form
  //     public final class WithRawResponse { ...the same methods, returning ApiResponse<T>... }
  //     public final class Async { ...the same methods, returning CompletableFuture<T>... }
  //     public static final class Builder { ... }
  //   }
  private static TypeSpec clientType(ApiModel model, ClientApi api, OperationExamples examples) {
    ClassName client = api.client();
    TypeSpec.Builder type = TypeSpec.classBuilder(client)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(JavaFiles.generatedBy(ClientEmitter.class))
        .addJavadoc(clientJavadoc(model, client))
        .addFields(ErrorFactories.fields(api.operations()))
        .addField(FieldSpec.builder(RUNTIME_CORE, "core", Modifier.PRIVATE, Modifier.FINAL).build());
    Map<ClientView, TypeSpec.Builder> views = new EnumMap<>(ClientView.class);
    views.put(ClientView.ROOT, type);
    for (ClientView view : List.of(ClientView.RAW_RESPONSE, ClientView.ASYNC)) {
      views.put(view, viewType(view, client));
      // One instance per client, created with it: a view holds no state of its own.
      type.addField(FieldSpec.builder(view.type(client), view.accessor(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T()", view.type(client))
          .build());
    }
    type.addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RUNTIME_CORE, "core")
            .addStatement("this.core = core")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client.nestedClass("Builder"))
            .addJavadoc("A builder for a client of $L.\n\n@return a new builder\n", Javadocs.escape(model.title()))
            .addStatement("return new Builder()")
            .build())
        .addMethod(viewAccessor(ClientView.RAW_RESPONSE, client,
            "The client's operations returning the status and headers along with the body, e.g.\n"
                + "{@code client.withRawResponse().op(request).headers()}.\n\n@return the view, shared by every call\n"))
        .addMethod(viewAccessor(ClientView.ASYNC, client,
            "The client's operations without blocking: each returns a {@code CompletableFuture} that fails\n"
                + "with the exception the blocking call throws; {@code cancel(true)} aborts the call.\n\n"
                + "@return the view, shared by every call\n"));
    OperationMethods methods = new OperationMethods(client, examples);
    for (OperationPlan plan : api.operations()) {
      methods.addTo(views, plan);
    }
    type.addType(views.get(ClientView.RAW_RESPONSE).build());
    type.addType(views.get(ClientView.ASYNC).build());
    new ClientLifecycleEmitter().addTo(type, model, api);
    type.addType(new ClientBuilderEmitter().emit(model, api));
    return type.build();
  }

  /** An inner class of the client, so its methods reach the client's core and request methods. */
  private static TypeSpec.Builder viewType(ClientView view, ClassName client) {
    String doc = view == ClientView.ASYNC
        ? "The operations of {@link $T}, without blocking. Get it with {@link $T#async()}.\n\n"
            + "<p>Each method is documented on the client's method of the same name and returns a future of\n"
            + "its body. The future completes exceptionally with the very exception the blocking call throws\n"
            + "(not wrapped in a {@code CompletionException}); {@code cancel(true)} aborts the HTTP exchange and\n"
            + "any pending retry. A paginator's {@code forEach} fetches each page once the previous one has\n"
            + "been handled.\n"
        : "The operations of {@link $T}, returning status and headers with the body. Get it with\n"
            + "{@link $T#withRawResponse()}.\n\n"
            + "<p>Each method is documented on the client's method of the same name and returns an\n"
            + "{@code ApiResponse}: the status, the headers (rate limits, request ids) and the decoded body\n"
            + "(for a streamed body, read as it arrives; the caller closes it). It fails as the client's\n"
            + "method does.\n";
    return TypeSpec.classBuilder(view.type(client))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(doc, client, client)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private static MethodSpec viewAccessor(ClientView view, ClassName client, String javadoc) {
    return MethodSpec.methodBuilder(view.accessor())
        .addModifiers(Modifier.PUBLIC)
        .returns(view.type(client))
        .addJavadoc(javadoc)
        .addStatement("return $N", view.accessor())
        .build();
  }

  private static String clientJavadoc(ApiModel model, ClassName client) {
    StringBuilder doc = new StringBuilder("A client of ").append(Javadocs.escape(model.title()));
    doc.append(model.version().isEmpty() ? "" : " (version " + Javadocs.escape(model.version()) + ")");
    doc.append(".\n\n");
    if (!model.description().isBlank()) {
      doc.append(Javadocs.markdownAfterText(model.description())).append("\n\n");
    }
    doc.append("<p>Create one with {@code ").append(client.simpleName())
        .append(".builder()...build()}; it is thread-safe and meant to be shared.\n\n");
    doc.append("<p>Each operation's main method, {@code op(request, options)}, documents it; the shorter\n"
        + "forms use default options or build the request from the path values. An error status raises\n"
        + "the exception the method names; a call that fails without a response (connection, timeout,\n"
        + "undecodable body) throws {@link " + RuntimeExceptions.PACKAGE + ".SpecgenException}.\n");
    return doc.toString();
  }

  private static GeneratedFile file(EmitContext context, String source, TypeSpec type) {
    return JavaFiles.file(GeneratedFile.Target.SOURCES, context.packageName(), type, source);
  }

}
