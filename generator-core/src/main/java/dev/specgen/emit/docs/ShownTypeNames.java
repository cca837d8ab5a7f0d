package dev.specgen.emit.docs;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Type names the way a file that imports them writes them ({@code OffsetDateTime},
 * {@code Conversation.Status}), for rendering an example without a file around it.
 *
 * <p>Each class becomes a class of the unnamed package with the same simple names, which JavaPoet
 * writes as those names alone. A file writes them the same way unless two classes share a simple
 * name, or one shares the name of the file's own class: then JavaPoet imports one and writes the
 * other in full. And {@link JavaValues} lays a value out on one line or several by its length with
 * package prefixes taken off ({@link JavaValues#withoutPackagePrefixes}), which gives the simple
 * names only for conventional package and class names. {@link #asAFileWritesThem} says whether
 * this example met a case outside these (or a type it could not map), so that the caller renders
 * the example in its file instead.
 */
final class ShownTypeNames implements TypeNaming {

  /** The canonical name of each top-level class mapped, by its simple name. */
  private final Map<String, String> topLevelBySimpleName = new HashMap<>();
  private boolean unmappable;

  /** {@code type} as a class of the unnamed package, which JavaPoet writes by its simple names. */
  @Override
  public ClassName name(ClassName type) {
    if (type.isAnnotated()) {
      unmappable = true;
      return type;
    }
    ClassName topLevel = type.topLevelClassName();
    if (!measuredBySimpleNames(topLevel)) {
      unmappable = true;
    }
    String earlier = topLevelBySimpleName.putIfAbsent(topLevel.simpleName(), topLevel.canonicalName());
    if (earlier != null && !earlier.equals(topLevel.canonicalName())) {
      unmappable = true;
    }
    List<String> names = type.simpleNames();
    return ClassName.get("", names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }

  /** {@code type} with each class in it mapped by {@link #name(ClassName)}. */
  @Override
  public TypeName name(TypeName type) {
    if ((type.isPrimitive() || type.equals(TypeName.VOID)) && !type.isAnnotated()) {
      return type;
    }
    if (type instanceof ClassName className) {
      return name(className);
    }
    if (type instanceof ParameterizedTypeName parameterized && parameterized.enclosingType() == null
        && !parameterized.isAnnotated()) {
      TypeName[] arguments = parameterized.typeArguments().stream().map(this::name).toArray(TypeName[]::new);
      return ParameterizedTypeName.get(name(parameterized.rawType()), arguments);
    }
    if (type instanceof ArrayTypeName array && !array.isAnnotated()) {
      return ArrayTypeName.of(name(array.componentType()));
    }
    unmappable = true;
    return type;
  }

  /** Whether the layout's measure of the class's full name is its simple name, as in this example. */
  private static boolean measuredBySimpleNames(ClassName topLevel) {
    return JavaValues.withoutPackagePrefixes(topLevel.canonicalName()).equals(topLevel.simpleName());
  }

  /**
   * Whether the names given so far read as a file named {@code ownClass} writes them: every type
   * could be mapped, no two classes share a simple name and none is named {@code ownClass}.
   */
  boolean asAFileWritesThem(String ownClass) {
    return !unmappable && !topLevelBySimpleName.containsKey(ownClass);
  }
}
