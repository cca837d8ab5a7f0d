package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.GeneratedNames;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The error responses of one operation as the client handles them: for each declared status the
 * type its body decodes into and the exception it raises, and the API's base exception for every
 * status the operation does not declare.
 *
 * @param apiException the API's base exception, {@code FrontApiException}
 * @param declared the declared error responses, in the spec's order
 */
public record OperationErrors(ClassName apiException, List<DeclaredError> declared) {

  /**
   * A declared error response.
   *
   * @param status a code ({@code 422}), a range ({@code 4XX}) or {@code default}
   * @param bodyType the JSON body's class; empty when the response has none the client decodes
   *     (no JSON content, or a schema that is not a named type)
   * @param exception the exception it raises, {@code FrontUnprocessableEntityException}
   * @param description the response's description
   */
  public record DeclaredError(String status, Optional<ClassName> bodyType, ClassName exception, String description) {}

  /**
   * Works out the errors of {@code operation}.
   *
   * @param operation the operation
   * @param model the API, for the generated exception names
   * @param types maps schemas to Java types
   * @param context the generated package
   * @return the operation's errors
   */
  public static OperationErrors of(Operation operation, ApiModel model, JavaTypes types, EmitContext context) {
    GeneratedNames names = model.generatedNames();
    List<DeclaredError> declared = operation.errorResponses().stream()
        .map(response -> new DeclaredError(response.status(), bodyType(response, types),
            ClassName.get(context.packageName(), names.statusException(response.status())),
            response.description()))
        .toList();
    return new OperationErrors(ClassName.get(context.packageName(), names.apiException()), declared);
  }

  /**
   * Whether the operation declares a {@code default} response, which leaves no status to the base
   * exception.
   *
   * @return true if a {@code default} response is declared
   */
  private boolean coversEveryStatus() {
    return declared.stream().anyMatch(error -> error.status().equals("default"));
  }

  /**
   * The exception classes the operation's request creates: each declared error's, then the base
   * exception for the statuses none covers.
   *
   * @return the classes, in the order the request lists them
   */
  public List<ClassName> factories() {
    List<ClassName> classes = new ArrayList<>();
    declared.forEach(error -> classes.add(error.exception()));
    otherErrors().ifPresent(classes::add);
    return classes;
  }

  /**
   * The exception of the statuses no declared response covers: the base exception, unless a
   * {@code default} response leaves none.
   *
   * @return the base exception, or empty
   */
  public Optional<ClassName> otherErrors() {
    return coversEveryStatus() ? Optional.empty() : Optional.of(apiException);
  }

  /** The class of the first JSON media type, when it is a named type the client can decode into. */
  private static Optional<ClassName> bodyType(Response response, JavaTypes types) {
    return response.content().stream().filter(m -> OperationPlan.isJson(m.mediaType())).findFirst()
        .map(m -> types.of(m.type()))
        .filter(ClassName.class::isInstance)
        .map(ClassName.class::cast)
        // by name: TypeName.equals renders both types to text, once per response
        .filter(t -> t.isAnnotated() || !t.canonicalName().equals(ClassName.OBJECT.canonicalName()));
  }
}
