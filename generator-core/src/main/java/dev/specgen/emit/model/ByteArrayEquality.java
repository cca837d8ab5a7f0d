package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code equals}, {@code hashCode} and {@code toString} for a record with {@code byte[]}
 * components, which compare and print by content instead of by identity ({@code [B@1b6d3586}) as
 * a record's own methods would.
 */
final class ByteArrayEquality {

  private ByteArrayEquality() {}

  /** Whether {@code properties} include a {@code byte[]} component, so the record needs these methods. */
  static boolean needed(List<Property> properties) {
    return properties.stream().anyMatch(p -> isBytes(p.type()));
  }

  /**
   * The three methods for a record named {@code record} whose components are {@code properties}
   * followed by {@code additional}, the map of undeclared properties.
   */
  static List<MethodSpec> methods(ClassName record, List<Property> properties, String additional) {
    List<String> names = new ArrayList<>();
    List<Boolean> bytes = new ArrayList<>();
    for (Property property : properties) {
      names.add(property.javaName());
      bytes.add(isBytes(property.type()));
    }
    names.add(additional);
    bytes.add(false);
    return List.of(equalsMethod(record, names, bytes), hashCodeMethod(names, bytes),
        toStringMethod(record, names, bytes));
  }

  // Emits: if (this == other) return true; if (!(other instanceof Doc)) return false; Doc that = (Doc) other;
  //        return Arrays.equals(this.data, that.data) && Objects.equals(this.name, that.name) && ...;
  private static MethodSpec equalsMethod(ClassName record, List<String> names, List<Boolean> bytes) {
    List<CodeBlock> comparisons = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      comparisons.add(CodeBlock.of("$T.equals(this.$N, that.$N)",
          bytes.get(i) ? Arrays.class : Objects.class, names.get(i), names.get(i)));
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Nullness.nullable(ClassName.OBJECT), "other")
        .addJavadoc("Compares every component; {@code byte[]} components by content.\n")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", record)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) other", record, record)
        .addStatement("return $L", CodeBlock.join(comparisons, "\n    && "))
        .build();
  }

  // Emits: return Objects.hash(Arrays.hashCode(this.data), this.name, ...);
  private static MethodSpec hashCodeMethod(List<String> names, List<Boolean> bytes) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      parts.add(bytes.get(i)
          ? CodeBlock.of("$T.hashCode(this.$N)", Arrays.class, names.get(i))
          : CodeBlock.of("this.$N", names.get(i)));
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addJavadoc("A hash of every component; {@code byte[]} components by content.\n")
        .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(parts, ",$W"))
        .build();
  }

  // Emits: return "Doc[data=" + Arrays.toString(this.data)
  //     + ", name=" + this.name + ... + "]";
  private static MethodSpec toStringMethod(ClassName record, List<String> names, List<Boolean> bytes) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String label = (i == 0 ? record.simpleName() + "[" : ", ") + names.get(i) + "=";
      parts.add(bytes.get(i)
          ? CodeBlock.of("$S + $T.toString(this.$N)", label, Arrays.class, names.get(i))
          : CodeBlock.of("$S + this.$N", label, names.get(i)));
    }
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("The record's components in the usual record form; {@code byte[]} ones as their bytes.\n")
        .addStatement("return $L\n    + $S", CodeBlock.join(parts, "\n    + "), "]")
        .build();
  }

  private static boolean isBytes(TypeRef type) {
    return type instanceof TypeRef.Primitive primitive && primitive.kind() == PrimitiveType.BYTES;
  }
}
