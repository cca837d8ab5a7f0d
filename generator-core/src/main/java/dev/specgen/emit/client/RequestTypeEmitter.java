package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.Javadocs;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the request type of one operation: a record of its parameters (and body) with a builder
 * whose {@code build()} names every missing required value.
 */
final class RequestTypeEmitter {

  // Emits:
  //   public record ListContactConversationsRequest(String contactId, Integer limit, ...) {
  //     public static Builder builder() { ... }
  //     public Builder toBuilder() { ... }
  //     public static final class Builder { ... }
  //   }
  TypeSpec emit(ClassName name, String operationId, List<RequestField> fields) {
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(JavaFiles.generatedBy(ClientEmitter.class))
        .addJavadoc("The parameters of {@code $L}. Build one with {@link #builder()}.\n", operationId)
        .recordConstructor(recordConstructor(fields))
        .addMethod(builderFactory(name))
        .addMethod(toBuilder(name, fields))
        .addType(builderClass(name, fields))
        .build();
  }

  private static MethodSpec recordConstructor(List<RequestField> fields) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (RequestField field : fields) {
      constructor.addParameter(ParameterSpec.builder(field.type(), field.javaName())
          .addJavadoc("$L\n", describe(field))
          .build());
    }
    return constructor.build();
  }

  private static MethodSpec builderFactory(ClassName name) {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name.nestedClass("Builder"))
        .addJavadoc("A builder with no values set.\n")
        .addStatement("return new Builder()")
        .build();
  }

  private static MethodSpec toBuilder(ClassName name, List<RequestField> fields) {
    CodeBlock.Builder body = CodeBlock.builder().add("return new Builder()");
    for (RequestField field : fields) {
      body.add("\n    .$N($N)", field.javaName(), field.javaName());
    }
    return MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(name.nestedClass("Builder"))
        .addJavadoc("A builder holding this request's values, to derive a changed copy.\n")
        .addStatement(body.build())
        .build();
  }

  // Emits:
  //   public static final class Builder {
  //     private String contactId;
  //     public Builder contactId(String contactId) { this.contactId = contactId; return this; }
  //     public ListContactConversationsRequest build() { ...checks...; return new ...(...); }
  //   }
  private static TypeSpec builderClass(ClassName name, List<RequestField> fields) {
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}.\n", name)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (RequestField field : fields) {
      type.addField(FieldSpec.builder(field.type(), field.javaName(), Modifier.PRIVATE).build());
      type.addMethod(setter(builder, field));
    }
    return type.addMethod(build(name, fields)).build();
  }

  private static MethodSpec setter(ClassName builder, RequestField field) {
    return MethodSpec.methodBuilder(field.javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(field.type(), field.javaName())
        .addJavadoc("$L\n\n@return this builder\n", describe(field))
        .addStatement("this.$N = $N", field.javaName(), field.javaName())
        .addStatement("return this")
        .build();
  }

  private static MethodSpec build(ClassName name, List<RequestField> fields) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc("The request.\n\n@throws IllegalStateException if a required value is missing\n");
    List<RequestField> required = fields.stream().filter(RequestField::required).toList();
    if (!required.isEmpty()) {
      build.addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
      for (RequestField field : required) {
        build.beginControlFlow("if ($N == null)", field.javaName())
            .addStatement("missing.add($S)", field.javaName())
            .endControlFlow();
      }
      build.beginControlFlow("if (!missing.isEmpty())")
          .addStatement("throw new $T($S + $T.join($S, missing))", IllegalStateException.class,
              name.simpleName() + " is missing required values: ", String.class, ", ")
          .endControlFlow();
    }
    CodeBlock arguments = fields.stream().map(f -> CodeBlock.of("$N", f.javaName()))
        .collect(CodeBlock.joining(", "));
    return build.addStatement("return new $T($L)", name, arguments).build();
  }

  /** Javadoc markup describing a field; spec text in it is escaped. */
  static String describe(RequestField field) {
    String where = field.parameter()
        .map(p -> p.location().name().toLowerCase(java.util.Locale.ROOT) + " parameter {@code "
            + Javadocs.escape(p.name()) + "}")
        .orElse("request body");
    String text = field.description().isBlank() ? "" : " " + Javadocs.escape(field.description());
    return (field.required() ? "Required " : "Optional ") + where + "." + text;
  }
}
