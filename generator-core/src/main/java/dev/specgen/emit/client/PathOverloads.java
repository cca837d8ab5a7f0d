package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.ir.Parameter.ParameterLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether an operation gets the shortcut overloads that take its path parameters directly, {@code
 * op("crd_123")} and {@code op("crd_123", params -> params.limit(25))}: it does when it has path
 * parameters and they are all it requires, so the shortcut always builds a complete request.
 *
 * @param pathFields the request fields of the path parameters, in path order
 * @param hasOptionalFields whether the request has other (optional) fields, which the {@code params}
 *     form sets
 */
record PathOverloads(List<RequestField> pathFields, boolean hasOptionalFields) {

  static Optional<PathOverloads> of(OperationPlan plan) {
    if (plan.requestType().isEmpty() || plan.bodyRequired()) {
      return Optional.empty();
    }
    String template = plan.operation().path();
    List<RequestField> path = plan.fields().stream().filter(PathOverloads::isPath)
        .sorted(Comparator.comparingInt(field -> template.indexOf("{" + field.parameter().orElseThrow().name() + "}")))
        .toList();
    boolean onlyPathRequired = plan.fields().stream().allMatch(field -> isPath(field) || !field.required());
    // An untyped path value would make op(Object) compete with op(Request) for every argument.
    boolean typed = path.stream().noneMatch(field -> field.type().equals(ClassName.OBJECT));
    if (path.isEmpty() || !onlyPathRequired || !typed) {
      return Optional.empty();
    }
    return Optional.of(new PathOverloads(path, plan.fields().size() > path.size()));
  }

  /** The name of the {@code params} argument, unless a path parameter already has it. */
  String paramsName() {
    String name = "params";
    while (isTaken(name)) {
      name = "more" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
    return name;
  }

  private boolean isTaken(String name) {
    return pathFields.stream().anyMatch(field -> field.javaName().equals(name));
  }

  private static boolean isPath(RequestField field) {
    return field.parameter().map(p -> p.location() == ParameterLocation.PATH).orElse(false);
  }
}
