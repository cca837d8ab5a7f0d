package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.RequestBody;
import dev.specgen.ir.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the client needs to emit one operation, worked out once: the request fields, the
 * response type, the typed error bodies and the paging.
 *
 * @param requestType the request record's class; empty when the operation takes no values
 * @param responseType the 2xx body type; empty when there is none ({@code void})
 * @param errorBodies typed bodies of the error responses
 * @param paging how to page through the results; empty when the operation is not paginated
 */
public record OperationPlan(
    Operation operation,
    Optional<ClassName> requestType,
    List<RequestField> fields,
    Optional<TypeName> responseType,
    List<ErrorBody> errorBodies,
    Optional<PagingPlan> paging) {

  /**
   * A declared error body.
   *
   * @param status a code ({@code 422}), a range ({@code 4XX}) or {@code default}
   */
  public record ErrorBody(String status, ClassName type) {}

  /** Works out the plan of {@code operation}. */
  public static OperationPlan of(Operation operation, ApiModel model, JavaTypes types, EmitContext context) {
    List<RequestField> fields = fields(operation, types);
    Optional<ClassName> requestType = fields.isEmpty()
        ? Optional.empty()
        : Optional.of(ClientNames.request(operation, model, context));
    Optional<TypeName> response = operation.successType().map(types::of);
    OperationPlan plan = new OperationPlan(operation, requestType, fields, response,
        errorBodies(operation, types), Optional.empty());
    return new OperationPlan(operation, requestType, fields, response, plan.errorBodies(),
        PagingPlan.of(plan, model, types));
  }

  /** The query parameter field called {@code parameterName}, if the caller supplies it. */
  public Optional<RequestField> field(String parameterName) {
    return fields.stream()
        .filter(f -> f.parameter().map(p -> p.name().equals(parameterName)
            && p.location() == Parameter.ParameterLocation.QUERY).orElse(false))
        .findFirst();
  }

  private static List<RequestField> fields(Operation operation, JavaTypes types) {
    List<RequestField> fields = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      if (parameter.isCallerSupplied() && parameter.location() != Parameter.ParameterLocation.COOKIE) {
        fields.add(new RequestField(parameter.javaName(), types.of(parameter.type()), parameter.type(),
            parameter.required(), parameter.description(), Optional.of(parameter), Optional.empty()));
      }
    }
    jsonBody(operation).ifPresent(body -> {
      boolean taken = fields.stream().anyMatch(f -> f.javaName().equals("body"));
      fields.add(new RequestField(taken ? "requestBody" : "body", types.of(body.type()), body.type(),
          operation.requestBody().map(RequestBody::required).orElse(false),
          operation.requestBody().map(RequestBody::description).orElse(""), Optional.empty(),
          Optional.of(body)));
    });
    return fields;
  }

  /** The JSON form of the request body, the one the client sends. */
  public static Optional<MediaType> jsonBody(Operation operation) {
    return operation.requestBody().flatMap(body -> body.content().stream()
        .filter(m -> isJson(m.mediaType())).findFirst());
  }

  private static List<ErrorBody> errorBodies(Operation operation, JavaTypes types) {
    List<ErrorBody> bodies = new ArrayList<>();
    for (Response response : operation.errorResponses()) {
      response.content().stream().filter(m -> isJson(m.mediaType())).findFirst()
          .map(m -> types.of(m.type()))
          .filter(ClassName.class::isInstance)
          .filter(t -> !t.equals(ClassName.OBJECT))
          .ifPresent(t -> bodies.add(new ErrorBody(response.status(), (ClassName) t)));
    }
    return bodies;
  }

  /** Whether the client reads and writes bodies of this media type as JSON. */
  public static boolean isJson(String mediaType) {
    String base = mediaType.split(";")[0].trim();
    return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*");
  }
}
