package dev.specgen.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.specgen.ir.Property;
import dev.specgen.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * How a record keeps an explicit JSON {@code null} of a nullable property apart from an absent
 * property: the component is {@code null} either way, and an explicit {@code null} is also kept in
 * the record's map of undeclared properties, under the property's wire name, so that it is written
 * back ({@code "assignee": null}). Such a record names those properties in the runtime's {@code
 * @ExplicitNulls}, which its deserializer reads; its builder sets an explicit {@code null} with {@code assigneeNull()}, for PATCH
 * and merge-patch bodies that clear a field.
 */
final class ExplicitNulls {

  private ExplicitNulls() {}

  /**
   * The runtime's {@code @ExplicitNulls} naming the record's nullable properties by wire name, which
   * the runtime's record deserializer reads; empty when the record has none.
   *
   * <p>Emits: {@code @ExplicitNulls({"assignee", "subject"})}
   */
  static Optional<AnnotationSpec> annotation(List<Property> properties) {
    List<CodeBlock> names = properties.stream().filter(Property::nullable)
        .map(property -> CodeBlock.of("$S", property.wireName())).toList();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    CodeBlock value = names.size() == 1 ? names.get(0) : CodeBlock.of("{$L}", CodeBlock.join(names, ", "));
    return Optional.of(AnnotationSpec.builder(ModelContext.explicitNulls()).addMember("value", "$L", value).build());
  }

  /**
   * The builder's statement that forgets an explicit {@code null} when a setter sets the property.
   *
   * <p>Emits: {@code this.additionalProperties.remove("assignee")}
   */
  static CodeBlock forgetOnSet(Property property, String additional) {
    return CodeBlock.of("this.$N.remove($S)", additional, property.wireName());
  }

  /**
   * A builder method per nullable property that sets it to an explicit {@code null}.
   *
   * <p>Emits: {@code public Builder assigneeNull() { this.assignee = null;
   * this.additionalProperties.put("assignee", null); return this; }}
   *
   * @param taken the builder's other method names, which these must not take
   */
  static List<MethodSpec> builderMethods(ClassName builder, List<Property> properties, String additional,
      NameScope taken) {
    List<MethodSpec> methods = new ArrayList<>();
    for (Property property : properties) {
      if (!property.nullable()) {
        continue;
      }
      methods.add(MethodSpec.methodBuilder(taken.allocate(property.javaName() + "Null"))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addJavadoc("Sets $L to an explicit JSON {@code null}, which is written: in a PATCH body it clears the field.\n",
              ModelDocs.code(property.wireName()))
          .addStatement("this.$N = null", property.javaName())
          .addStatement("this.$N.put($S, null)", additional, property.wireName())
          .addStatement("return this")
          .build());
    }
    return methods;
  }
}
