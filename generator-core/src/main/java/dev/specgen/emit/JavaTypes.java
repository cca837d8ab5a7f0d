package dev.specgen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Java type each IR type is generated as, in one table shared by every emitter. */
public final class JavaTypes {

  private final String packageName;

  /** @param packageName the package that holds the API's named types */
  public JavaTypes(String packageName) {
    this.packageName = packageName;
  }

  /** The (boxed) Java type of {@code type}: {@code List<Conversation>}, {@code BigDecimal}, ... */
  public TypeName of(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive(primitive.kind());
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return ParameterizedTypeName.get(ClassName.get(List.class), of(array.items()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.values()));
    }
    if (type instanceof TypeRef.Named named) {
      return named(named.name());
    }
    return ClassName.OBJECT;
  }

  /** The class of a named type of the API. */
  public ClassName named(String name) {
    return ClassName.get(packageName, name);
  }

  /** Whether {@code type} is generic, so that a {@code Class} literal cannot describe it. */
  public static boolean isGeneric(TypeName type) {
    return type instanceof ParameterizedTypeName;
  }

  private static TypeName primitive(PrimitiveType kind) {
    return switch (kind) {
      case STRING -> ClassName.get(String.class);
      case INT32 -> ClassName.get(Integer.class);
      case INT64 -> ClassName.get(Long.class);
      case FLOAT -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DATE -> ClassName.get(LocalDate.class);
      case DATE_TIME -> ClassName.get(OffsetDateTime.class);
      case UUID -> ClassName.get(UUID.class);
      case BYTES -> ArrayTypeName.of(TypeName.BYTE);
    };
  }
}
