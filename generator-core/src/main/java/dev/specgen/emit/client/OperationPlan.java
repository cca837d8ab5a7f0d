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
import com.palantir.javapoet.ParameterizedTypeName;
import dev.specgen.ir.MediaKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Everything the client needs to emit one operation, worked out once: the request fields, the
 * response type, the typed error bodies and the paging.
 *
 * @param requestType the request record's class; empty when the operation takes no values
 * @param bodies the media types the request body can be sent in, JSON first; one request field each
 * @param responseType the 2xx body type; empty when there is none ({@code void})
 * @param responseKind how the 2xx body is read: decoded JSON (or text), a binary stream or events
 * @param accept the {@code Accept} header, when the responses call for more than JSON
 * @param errors the declared error responses: body types and the exceptions they raise
 * @param paging how to page through the results; empty when the operation is not paginated
 */
public record OperationPlan(
    Operation operation,
    Optional<ClassName> requestType,
    List<RequestField> fields,
    List<BodyPlan> bodies,
    Optional<TypeName> responseType,
    MediaKind responseKind,
    Optional<String> accept,
    OperationErrors errors,
    Optional<PagingPlan> paging) {

  static final ClassName BINARY_RESPONSE = ClassName.get("dev.specgen.runtime.body", "BinaryResponse");
  static final ClassName EVENT_STREAM = ClassName.get("dev.specgen.runtime.body", "EventStream");

  /** Works out the plan of {@code operation}. */
  public static OperationPlan of(Operation operation, ApiModel model, JavaTypes types, EmitContext context) {
    List<RequestField> fields = parameterFields(operation, types);
    Set<String> taken = new HashSet<>();
    fields.forEach(field -> taken.add(field.javaName()));
    List<BodyPlan> bodies = BodyPlan.of(operation, model, types, context, taken);
    fields.addAll(bodyFields(operation, bodies));
    Optional<ClassName> requestType = fields.isEmpty()
        ? Optional.empty()
        : Optional.of(ClientNames.request(operation, model, context));
    Optional<MediaType> success = operation.successMedia();
    MediaKind kind = success.map(MediaType::kind).orElse(MediaKind.JSON);
    Optional<TypeName> response = success.map(media -> responseType(media, types));
    OperationPlan plan = new OperationPlan(operation, requestType, fields, bodies, response, kind,
        accept(operation, success), OperationErrors.of(operation, model, types, context), Optional.empty());
    return new OperationPlan(operation, requestType, fields, bodies, response, kind, plan.accept(),
        plan.errors(), kind == MediaKind.JSON ? PagingPlan.of(plan, model, types) : Optional.empty());
  }

  /**
   * The path parameters the client's shortcut overload takes directly ({@code op(contactId)}), in
   * path order; empty when the operation requires more than its path parameters, or has none.
   */
  public List<RequestField> pathShortcut() {
    return PathOverloads.of(this).map(PathOverloads::pathFields).orElse(List.of());
  }

  /** The query parameter field called {@code parameterName}, if the caller supplies it. */
  public Optional<RequestField> field(String parameterName) {
    return fields.stream()
        .filter(f -> f.parameter().map(p -> p.name().equals(parameterName)
            && p.location() == Parameter.ParameterLocation.QUERY).orElse(false))
        .findFirst();
  }

  private static List<RequestField> parameterFields(Operation operation, JavaTypes types) {
    List<RequestField> fields = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      if (parameter.isCallerSupplied() && parameter.location() != Parameter.ParameterLocation.COOKIE) {
        fields.add(new RequestField(parameter.javaName(), types.of(parameter.type()), parameter.type(),
            parameter.required(), parameter.description(), Optional.of(parameter), Optional.empty()));
      }
    }
    return fields;
  }

  /** A field per body media type; with several, none is required alone (the record checks one is set). */
  private static List<RequestField> bodyFields(Operation operation, List<BodyPlan> bodies) {
    boolean required = bodies.size() == 1 && operation.requestBody().map(RequestBody::required).orElse(false);
    String description = operation.requestBody().map(RequestBody::description).orElse("");
    return bodies.stream()
        .map(body -> new RequestField(body.fieldName(), body.type(), body.media().type(), required,
            description, Optional.empty(), Optional.of(body.media())))
        .toList();
  }

  /** Whether the operation's body must be set; with several media types, exactly one of them. */
  public boolean bodyRequired() {
    return !bodies.isEmpty() && operation.requestBody().map(RequestBody::required).orElse(false);
  }

  /** The JSON form of the request body, the one the client sends. */
  public static Optional<MediaType> jsonBody(Operation operation) {
    return operation.requestBody().flatMap(body -> body.content().stream()
        .filter(m -> isJson(m.mediaType())).findFirst());
  }

  private static TypeName responseType(MediaType media, JavaTypes types) {
    return switch (media.kind()) {
      case BINARY -> BINARY_RESPONSE;
      case TEXT -> ClassName.get(String.class);
      case EVENT_STREAM -> ParameterizedTypeName.get(EVENT_STREAM, eventDataType(media, types));
      default -> types.of(media.type());
    };
  }

  /** The type an event's data decodes into: the schema's, or the text when it gives none. */
  static TypeName eventDataType(MediaType media, JavaTypes types) {
    TypeName data = types.of(media.type());
    return data.equals(ClassName.OBJECT) ? ClassName.get(String.class) : data;
  }

  /**
   * The media types the client can read: the chosen 2xx one, then those of the error responses it
   * reads as JSON or text. Empty when that is just {@code application/json}, the runtime's default.
   */
  private static Optional<String> accept(Operation operation, Optional<MediaType> success) {
    Set<String> types = new LinkedHashSet<>();
    success.ifPresent(media -> types.add(media.mediaType()));
    operation.errorResponses().forEach(response -> response.content().stream()
        .filter(media -> media.kind() == MediaKind.JSON || media.kind() == MediaKind.TEXT)
        .forEach(media -> types.add(media.mediaType())));
    if (types.isEmpty() || types.equals(Set.of("application/json"))) {
      return Optional.empty();
    }
    return Optional.of(String.join(", ", types));
  }

  /** Whether the client reads and writes bodies of this media type as JSON. */
  public static boolean isJson(String mediaType) {
    String base = mediaType.split(";")[0].trim();
    return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*");
  }
}
