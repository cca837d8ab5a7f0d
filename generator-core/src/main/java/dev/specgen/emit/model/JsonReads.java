package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.ir.TypeRef;

/**
 * Code that binds the JSON of a union being read (the runtime's {@code UnionJson}) to the Java
 * type of one of its variants; Jackson does the binding, with the mapper's own deserializers.
 */
final class JsonReads {

  private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private final ModelContext models;

  JsonReads(ModelContext models) {
    this.models = models;
  }

  /**
   * An expression binding {@code json} to {@code type}.
   *
   * <p>Emits: {@code json.as(Cat.class)}, {@code json.as(new TypeReference<List<Tag>>() {})}, or
   * {@code json.plain()} for any JSON value.
   */
  CodeBlock read(TypeRef type, CodeBlock json) {
    if (type instanceof TypeRef.Any) {
      return CodeBlock.of("$L.plain()", json);
    }
    TypeName javaType = models.javaType(type);
    if (javaType instanceof ParameterizedTypeName) {
      return CodeBlock.of("$L.as(new $T<$T>() {})", json, TYPE_REFERENCE, javaType);
    }
    return CodeBlock.of("$L.as($T.class)", json, javaType);
  }

  /** Whether values of {@code type} are held in a list or map that records copy. */
  static boolean isCollection(TypeRef type) {
    return type instanceof TypeRef.ArrayOf || type instanceof TypeRef.MapOf;
  }
}
