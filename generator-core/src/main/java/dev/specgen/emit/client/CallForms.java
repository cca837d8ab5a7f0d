package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The overloads of one client method, all delegating to the main form {@code op(request, options)}:
 * {@code op(request)} with default options, and for operations that require only path parameters
 * {@code op(contactId)} and {@code op(contactId, params -> ...)}. An operation without parameters
 * has {@code op(options)} and {@code op()}.
 *
 * <p>Only the main form carries Javadoc: the shortcut forms are one-line delegations whose
 * signature says all there is to say, and repeating the operation's text on each would multiply
 * the generated code without telling the reader anything new.
 */
final class CallForms {

  static final ClassName REQUEST_OPTIONS = ClassName.get("dev.specgen.runtime", "RequestOptions");

  private final OperationPlan plan;
  private final String name;
  private final TypeName returns;

  /**
   * @param name the method name ({@code op} or {@code opAll})
   * @param returns the return type of every form
   */
  CallForms(OperationPlan plan, String name, TypeName returns) {
    this.plan = plan;
    this.name = name;
    this.returns = returns;
  }

  /** The main form with {@code doc} (which may be empty) and {@code body}, then every shortcut form. */
  List<MethodSpec> all(CodeBlock doc, CodeBlock body) {
    List<MethodSpec> methods = new ArrayList<>();
    MethodSpec.Builder main = start().addJavadoc(doc);
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
    boolean hasRequest = plan.requestType().isPresent();
    MethodSpec.Builder method = start();
    plan.requestType().ifPresent(type -> method.addParameter(type, "request"));
    return method.addStatement(returning("$N($L$T.defaults())"), name, hasRequest ? "request, " : "",
        REQUEST_OPTIONS).build();
  }

  /** {@code op(contactId)}: a request of just the path values. */
  private MethodSpec withPathValues(PathOverloads path) {
    MethodSpec.Builder method = start();
    addPathParameters(method, path);
    return method.addStatement(returning("$N($L.build())"), name, builderWithPath(path)).build();
  }

  /** {@code op(contactId, params -> params.limit(25))}: path values, and the rest set by a function. */
  private MethodSpec withPathValuesAndParams(PathOverloads path) {
    ClassName builder = plan.requestType().orElseThrow().nestedClass("Builder");
    String params = path.paramsName();
    MethodSpec.Builder method = start();
    addPathParameters(method, path);
    method.addParameter(ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), builder), params);
    return method.addStatement(returning("$N($N.apply($L).build())"), name, params, builderWithPath(path))
        .build();
  }

  private static void addPathParameters(MethodSpec.Builder method, PathOverloads path) {
    for (RequestField field : path.pathFields()) {
      method.addParameter(field.type(), field.javaName());
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

  private String returning(String expression) {
    return returns.equals(TypeName.VOID) ? expression : "return " + expression;
  }
}
