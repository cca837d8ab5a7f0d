package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.JavaTypes;
import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaKind;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.naming.JavaNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One media type an operation's request body can be sent in, as the request record offers it: a
 * component of its own ({@code body} for JSON, {@code formBody}, {@code multipartBody}, {@code
 * binaryBody}, {@code textBody}), of which the caller sets one.
 *
 * @param media the media type as the spec declares it
 * @param fieldName the request record's component
 * @param type the component's Java type
 * @param multipart the generated form type of a multipart body whose schema is an object
 */
public record BodyPlan(MediaType media, String fieldName, TypeName type, Optional<MultipartPlan> multipart) {

  static final ClassName BINARY_DATA = ClassName.get("dev.specgen.runtime.body", "BinaryData");
  static final ClassName MULTIPART_BODY = ClassName.get("dev.specgen.runtime.body", "MultipartBody");

  /** The kind of body. */
  public MediaKind kind() {
    return media.kind();
  }

  /** The body plans of {@code operation}: JSON first, then in the spec's order; none when it has no body. */
  static List<BodyPlan> of(Operation operation, ApiModel model, JavaTypes types, EmitContext context,
      Set<String> takenNames) {
    List<MediaType> sendable = operation.requestBody().map(body -> body.content().stream()
            .filter(media -> media.kind() != MediaKind.UNSUPPORTED && media.kind() != MediaKind.EVENT_STREAM)
            .sorted(Comparator.comparing(media -> media.kind() != MediaKind.JSON))
            .toList())
        .orElse(List.of());
    List<BodyPlan> plans = new ArrayList<>();
    List<String> names = new ArrayList<>(takenNames);
    for (MediaType media : sendable) {
      String name = fieldName(media, plans, names);
      names.add(name);
      plans.add(plan(operation, media, name, model, types, context,
          (int) plans.stream().filter(p -> p.kind() == MediaKind.MULTIPART).count()));
    }
    return plans;
  }

  private static BodyPlan plan(Operation operation, MediaType media, String name, ApiModel model,
      JavaTypes types, EmitContext context, int index) {
    return switch (media.kind()) {
      case BINARY -> new BodyPlan(media, name, BINARY_DATA, Optional.empty());
      case TEXT -> new BodyPlan(media, name, ClassName.get(String.class), Optional.empty());
      case MULTIPART -> multipartObject(media, model).map(object -> {
        MultipartPlan form = MultipartPlan.of(ClientNames.multipart(operation, model, context, index), object,
            media, model, types);
        return new BodyPlan(media, name, form.type(), Optional.of(form));
      }).orElseGet(() -> new BodyPlan(media, name, MULTIPART_BODY, Optional.empty()));
      default -> new BodyPlan(media, name, types.of(media.type()), Optional.empty());
    };
  }

  private static Optional<TypeDef.ObjectType> multipartObject(MediaType media, ApiModel model) {
    return media.type() instanceof TypeRef.Named named
        ? model.type(named.name()).filter(TypeDef.ObjectType.class::isInstance).map(TypeDef.ObjectType.class::cast)
            .filter(object -> !object.properties().isEmpty())
        : Optional.empty();
  }

  /** {@code body} for the first JSON type, a name by kind for the others, a name by media type for a second of a kind. */
  private static String fieldName(MediaType media, List<BodyPlan> earlier, List<String> taken) {
    boolean kindTaken = earlier.stream().anyMatch(plan -> plan.kind() == media.kind());
    String candidate;
    if (!kindTaken) {
      candidate = switch (media.kind()) {
        case JSON -> "body";
        case FORM -> "formBody";
        case MULTIPART -> "multipartBody";
        case TEXT -> "textBody";
        default -> "binaryBody";
      };
    } else {
      String base = media.mediaType().split(";")[0].trim();
      String subtype = base.substring(base.indexOf('/') + 1); // merge-patch+json -> mergePatchJsonBody
      candidate = JavaNames.memberName(subtype.replaceAll("[^A-Za-z0-9]+", " ").trim()) + "Body";
    }
    if (taken.contains(candidate)) {
      candidate = "request" + Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
    }
    while (taken.contains(candidate)) {
      candidate = candidate + "Value";
    }
    return candidate;
  }

  /** The Content-Type to send: the spec's, except that a wildcard JSON type sends {@code application/json}. */
  String contentType() {
    String declared = media.mediaType();
    return declared.contains("*") ? "application/json" : declared;
  }

  /** Whether the body is exactly {@code application/json}, sent with the runtime's default content type. */
  boolean isPlainJson() {
    return contentType().split(";")[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
  }

  /** A {@code List<BinaryData>} type for repeated file parts. */
  static TypeName binaryList() {
    return ParameterizedTypeName.get(ClassName.get(List.class), BINARY_DATA);
  }

  /** Whether {@code type} is raw bytes, a file part in a multipart body. */
  static boolean isBytes(TypeRef type) {
    return type instanceof TypeRef.Primitive primitive && primitive.kind() == PrimitiveType.BYTES;
  }

  /** Whether an object property of a multipart body holds files of its own (sent as bracketed parts). */
  static boolean holdsFiles(Property property, ApiModel model) {
    return property.type() instanceof TypeRef.Named named
        && model.type(named.name()).filter(TypeDef.ObjectType.class::isInstance)
            .map(t -> ((TypeDef.ObjectType) t).properties().stream()
                .anyMatch(p -> isBytes(p.type()) || p.type() instanceof TypeRef.ArrayOf a && isBytes(a.items())))
            .orElse(false);
  }
}
