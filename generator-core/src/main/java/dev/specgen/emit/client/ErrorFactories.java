package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.specgen.naming.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The exception factories a client's requests carry, one constant per exception class:
 *
 * <pre>
 * private static final ApiExceptionFactory FRONT_NOT_FOUND_EXCEPTION = FrontNotFoundException::new;
 * ...
 *     .error(404, ErrorResponse.class, FRONT_NOT_FOUND_EXCEPTION)
 * </pre>
 *
 * <p>A method reference in every operation costs javac a functional-interface check and a call
 * site per use (a seventh of compiling a 1,000-operation client) and the running client a call
 * site to link on each operation's first call; a constant per class costs each once.
 */
final class ErrorFactories {

  private static final ClassName FACTORY = ClassName.get(RuntimeExceptions.PACKAGE, "ApiExceptionFactory");

  private ErrorFactories() {}

  /** The constant that creates {@code exception}: {@code FrontNotFoundException} gives {@code FRONT_NOT_FOUND_EXCEPTION}. */
  static CodeBlock reference(ClassName exception) {
    return CodeBlock.of("$N", constantName(exception));
  }

  /** One field per exception class the operations' requests raise, in order of first use. */
  static List<FieldSpec> fields(List<OperationPlan> plans) {
    Set<ClassName> exceptions = new LinkedHashSet<>();
    for (OperationPlan plan : plans) {
      exceptions.addAll(plan.errors().factories());
    }
    Set<String> names = new LinkedHashSet<>();
    List<FieldSpec> fields = new ArrayList<>();
    for (ClassName exception : exceptions) {
      String name = constantName(exception);
      if (!names.add(name)) {
        // Class names of one package differ in more than case, so their constant names differ too.
        throw new IllegalStateException("two exception classes share the constant name " + name);
      }
      fields.add(FieldSpec.builder(FACTORY, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T::new", exception)
          .build());
    }
    return fields;
  }

  private static String constantName(ClassName exception) {
    return JavaNames.constantName(exception.simpleName());
  }
}
