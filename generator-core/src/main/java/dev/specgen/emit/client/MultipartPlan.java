package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaKind;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * The generated form type of a {@code multipart/form-data} body: a record with a component per
 * property, each sent as the part its schema calls for.
 *
 * @param type the record's class, e.g. {@code UploadPetPhotoMultipart}
 * @param parts the parts, in the schema's order
 */
public record MultipartPlan(ClassName type, List<Part> parts) {

  /** How a property goes into the body. */
  public enum PartKind {
    /** A {@code format: binary} string: one file part. */
    FILE,
    /** An array of binary strings: one file part per item. */
    FILES,
    /** A scalar or an array of scalars: text parts. */
    TEXT,
    /** An object or an array of objects: a part holding JSON. */
    JSON,
    /** An object that holds files itself: bracketed parts ({@code profile[avatar]}). */
    NESTED
  }

  /**
   * One property of the form.
   *
   * @param property the schema's property
   * @param kind how it is sent
   * @param javaType its component type
   * @param contentType the part's content type from the Encoding Object, if any
   */
  public record Part(Property property, PartKind kind, TypeName javaType, Optional<String> contentType) {}

  static MultipartPlan of(ClassName type, TypeDef.ObjectType object, MediaType media, ApiModel model,
      JavaTypes types) {
    List<Part> parts = object.properties().stream()
        .filter(property -> !property.readOnly())
        .map(property -> part(property, media, model, types))
        .toList();
    return new MultipartPlan(type, parts);
  }

  private static Part part(Property property, MediaType media, ApiModel model, JavaTypes types) {
    Optional<String> contentType = Optional.ofNullable(media.encoding().get(property.wireName()))
        .flatMap(MediaType.Encoding::contentType);
    TypeRef type = property.type();
    boolean declaredFile = contentType.map(MultipartPlan::isFileType).orElse(false)
        && type instanceof TypeRef.Primitive;
    if (BodyPlan.isBytes(type) || declaredFile) {
      return new Part(property, PartKind.FILE, BodyPlan.BINARY_DATA, contentType);
    }
    if (type instanceof TypeRef.ArrayOf array && BodyPlan.isBytes(array.items())) {
      return new Part(property, PartKind.FILES, BodyPlan.binaryList(), contentType);
    }
    if (BodyPlan.holdsFiles(property, model)) {
      return new Part(property, PartKind.NESTED, types.of(type), contentType);
    }
    return new Part(property, isScalar(type, model) ? PartKind.TEXT : PartKind.JSON, types.of(type), contentType);
  }

  /** A part whose content type says it is a file rather than text or JSON. */
  private static boolean isFileType(String contentType) {
    MediaKind kind = MediaKind.of(contentType);
    return kind == MediaKind.BINARY;
  }

  /** Scalars and enums, alone or in an array, are sent as text. */
  private static boolean isScalar(TypeRef type, ApiModel model) {
    if (type instanceof TypeRef.ArrayOf array) {
      return isScalar(array.items(), model);
    }
    if (type instanceof TypeRef.Primitive) {
      return true;
    }
    return type instanceof TypeRef.Named named
        && model.type(named.name()).map(TypeDef.EnumType.class::isInstance).orElse(false);
  }
}
