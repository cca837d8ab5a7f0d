package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The overloads of one client method, all delegating to the main form {@code op(request, options)}:
 * {@code op(request)} with default options, and for operations that require only path parameters
 * {@code op(contactId)} and {@code op(contactId, params -> ...)}. An operation without parameters
 * has {@code op(options)} and {@code op()}.
 */
final class CallForms {

  static final ClassName REQUEST_OPTIONS = ClassName.get("dev.specgen.runtime", "RequestOptions");
  private static final List<TypeName> SIMPLE = List.of(ClassName.get(Integer.class), ClassName.get(Long.class),
      ClassName.get(String.class), ClassName.get(Boolean.class));

  private final OperationPlan plan;
  private final String name;
  private final TypeName returns;
  private final String returnDoc;
  private final String throwsDoc;

  /**
   * @param name the method name ({@code op} or {@code opAll})
   * @param returns the return type of every form
   * @param returnDoc the {@code @return} text, or empty for {@code void}
   * @param throwsDoc the {@code @throws} lines of the shortcut forms
   */
  CallForms(OperationPlan plan, String name, TypeName returns, String returnDoc, String throwsDoc) {
    this.plan = plan;
    this.name = name;
    this.returns = returns;
    this.returnDoc = returnDoc;
    this.throwsDoc = throwsDoc;
  }

  /** The main form with {@code doc} and {@code body}, then every shortcut form. */
  List<MethodSpec> all(CodeBlock doc, CodeBlock body) {
    List<MethodSpec> methods = new ArrayList<>();
    MethodSpec.Builder main = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns)
        .addJavadoc(doc);
    plan.requestType().ifPresent(type -> main.addParameter(type, "request"));
    methods.add(main.addParameter(REQUEST_OPTIONS, "options").addStatement(returning("$L"), body).build());
    methods.add(withDefaultOptions());
    PathOverloads.of(plan).ifPresent(path -> {
      methods.add(withPathValues(path));
      if (path.hasOptionalFields()) {
        methods.add(withPathValuesAndParams(path));
      }
    });
    return methods;
  }

  /** {@code op(request)}: the main form with {@code RequestOptions.defaults()}. */
  private MethodSpec withDefaultOptions() {
    Optional<ClassName> request = plan.requestType();
    MethodSpec.Builder method = start().addJavadoc("Like {@link #$N($L$T)}, with default options.\n\n", name,
        request.map(type -> type.simpleName() + ", ").orElse(""), REQUEST_OPTIONS);
    request.ifPresent(type -> method.addParameter(type, "request")
        .addJavadoc("$L\n", OperationJavadoc.requestParam(plan)));
    return finish(method).addStatement(returning("$N($L$T.defaults())"), name,
        request.isPresent() ? "request, " : "", REQUEST_OPTIONS).build();
  }

  /** {@code op(contactId)}: a request of just the path values. */
  private MethodSpec withPathValues(PathOverloads path) {
    ClassName request = plan.requestType().orElseThrow();
    MethodSpec.Builder method = start()
        .addJavadoc("Like {@link #$N($T)}, for a request of just the path $L.\n\n", name, request,
            path.pathFields().size() == 1 ? "parameter" : "parameters");
    addPathParameters(method, path);
    return finish(method).addStatement(returning("$N($L.build())"), name, builderWithPath(path)).build();
  }

  /** {@code op(contactId, params -> params.limit(25))}: path values, and the rest set by a function. */
  private MethodSpec withPathValuesAndParams(PathOverloads path) {
    ClassName request = plan.requestType().orElseThrow();
    ClassName builder = request.nestedClass("Builder");
    String params = path.paramsName();
    MethodSpec.Builder method = start()
        .addJavadoc("Like {@link #$N($T)}, with the path $L given directly and the other parameters set by\n"
            + "{@code $N}, e.g. {@code $N -> $N.$N(...)}.\n\n", name, request,
            path.pathFields().size() == 1 ? "parameter" : "parameters", params, params, params,
            firstOptional(path));
    addPathParameters(method, path);
    method.addParameter(ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), builder), params)
        .addJavadoc("@param $N sets the optional parameters on a builder that holds the path values\n", params);
    return finish(method).addStatement(returning("$N($N.apply($L).build())"), name, params, builderWithPath(path))
        .build();
  }

  /** The optional field the example sets: a simple value if there is one ({@code limit}), else the first. */
  private String firstOptional(PathOverloads path) {
    List<RequestField> optional = plan.fields().stream().filter(field -> !path.pathFields().contains(field)).toList();
    return optional.stream().filter(field -> SIMPLE.contains(field.type())).findFirst().orElse(optional.get(0))
        .javaName();
  }

  private static void addPathParameters(MethodSpec.Builder method, PathOverloads path) {
    for (RequestField field : path.pathFields()) {
      String wireName = field.parameter().orElseThrow().name();
      method.addParameter(field.type(), field.javaName())
          .addJavadoc("@param $N the path parameter {@code $L}\n", field.javaName(),
              dev.specgen.emit.Javadocs.escape(wireName));
    }
  }

  /** {@code ListContactConversationsRequest.builder().contactId(contactId)}. */
  private CodeBlock builderWithPath(PathOverloads path) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", plan.requestType().orElseThrow());
    path.pathFields().forEach(field -> code.add(".$N($N)", field.javaName(), field.javaName()));
    return code.build();
  }

  private MethodSpec.Builder start() {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private MethodSpec.Builder finish(MethodSpec.Builder method) {
    if (!returnDoc.isEmpty()) {
      method.addJavadoc("@return $L\n", returnDoc);
    }
    return method.addJavadoc("$L", throwsDoc);
  }

  private String returning(String expression) {
    return returns.equals(TypeName.VOID) ? expression : "return " + expression;
  }
}
