package dev.specgen.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specgen.ir.TypeRef;

/**
 * The JSpecify annotations of generated code. Every generated package is {@code @NullMarked}
 * (its {@code package-info.java}), so a type without {@code @Nullable} is never {@code null}:
 * lists and maps of records (empty when absent) and union values. Scalar properties, where
 * {@code null} means absent, are {@code @Nullable}; IDEs and NullAway then check the callers.
 */
public final class Nullness {

  private static final String PACKAGE = "org.jspecify.annotations";
  /** {@code org.jspecify.annotations.Nullable}, a type-use annotation. */
  public static final ClassName NULLABLE = ClassName.get(PACKAGE, "Nullable");
  /** {@code org.jspecify.annotations.NullMarked}, for packages. */
  public static final ClassName NULL_MARKED = ClassName.get(PACKAGE, "NullMarked");

  private Nullness() {}

  /** {@code @Nullable T}. */
  public static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }

  /**
   * The type of a record component, builder setter or union variant of {@code type}: {@code
   * @Nullable} unless a collection (lists and maps are empty, never {@code null}, when absent).
   */
  static TypeName ofProperty(TypeName javaType, TypeRef type) {
    return JsonReads.isCollection(type) ? javaType : nullable(javaType);
  }
}
