package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.specgen.ir.TypeRef;

/**
 * Code that reads plain JSON values (what Jackson produces for an {@code Object} target: {@code
 * Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code null}) into the
 * Java type of a {@link TypeRef}. Unions read their variants this way, without databind.
 */
final class JsonReads {

  private final ModelContext models;

  JsonReads(ModelContext models) {
    this.models = models;
  }

  /**
   * An expression reading {@code value}.
   *
   * <p>Emits: {@code ModelSupport.string(value)}, {@code Tag.fromJson(value)}, {@code
   * ModelSupport.list(value, Tag::fromJson)}, or {@code value} itself for any JSON value.
   */
  CodeBlock read(TypeRef type, CodeBlock value) {
    ClassName support = models.support();
    if (type instanceof TypeRef.Primitive primitive) {
      return CodeBlock.of("$T.$N($L)", support, SupportEmitter.readerOf(primitive.kind()), value);
    }
    if (type instanceof TypeRef.Named named) {
      return CodeBlock.of("$T.fromJson($L)", models.javaType(named), value);
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return CodeBlock.of("$T.list($L, $L)", support, value, reader(array.items()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return CodeBlock.of("$T.map($L, $L)", support, value, reader(map.values()));
    }
    return value;
  }

  /**
   * A {@code Function<Object, T>} reading one value.
   *
   * <p>Emits: {@code ModelSupport::string}, {@code Tag::fromJson}, {@code
   * ModelSupport.listOf(ModelSupport::int32)}, {@code ModelSupport::any}.
   */
  CodeBlock reader(TypeRef type) {
    ClassName support = models.support();
    if (type instanceof TypeRef.Primitive primitive) {
      return CodeBlock.of("$T::$N", support, SupportEmitter.readerOf(primitive.kind()));
    }
    if (type instanceof TypeRef.Named named) {
      return CodeBlock.of("$T::fromJson", models.javaType(named));
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return CodeBlock.of("$T.listOf($L)", support, reader(array.items()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return CodeBlock.of("$T.mapOf($L)", support, reader(map.values()));
    }
    return CodeBlock.of("$T::any", support);
  }

  /** Whether values of {@code type} are held in a list or map that records copy. */
  static boolean isCollection(TypeRef type) {
    return type instanceof TypeRef.ArrayOf || type instanceof TypeRef.MapOf;
  }
}
