package dev.specgen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.Javadocs;
import dev.specgen.emit.model.Nullness;
import dev.specgen.naming.Singular;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Emits the request type of one operation: a record of its parameters (and body) with a builder
 * whose {@code build()} names every missing required value.
 *
 * <p>The record's Javadoc describes each component once (where it goes, whether it is required,
 * the spec's description); the builder's methods mirror the components and carry no text of
 * their own, and {@code build()} checks the required values through the runtime's
 * {@code RequiredValues} in one expression.
 */
final class RequestTypeEmitter {

  private static final ClassName REQUIRED_VALUES = ClassName.get("dev.specgen.runtime", "RequiredValues");

  // Emits:
  //   public record ListContactConversationsRequest(String contactId, Integer limit, ...) {
  //     public static Builder builder() { ... }
  //     public Builder toBuilder() { ... }
  //     public static final class Builder { ... }
  //   }
  TypeSpec emit(ClassName name, OperationPlan plan) {
    String javadoc = "The parameters of <code>" + Javadocs.escape(plan.operation().operationId()) + "</code>. Build one with "
        + "{@link #builder()}." + (plan.bodies().size() > 1 ? bodyChoiceDoc(plan) : "") + "\n";
    List<String> bodyChoice = plan.bodies().size() > 1
        ? plan.bodies().stream().map(BodyPlan::fieldName).toList()
        : List.of();
    return recordWithBuilder(name, javadoc, plan.fields(), RequestTypeEmitter::describe,
        build(name, plan.fields(), bodyChoice, plan.bodyRequired()))
        .build();
  }

  private static String bodyChoiceDoc(OperationPlan plan) {
    StringBuilder doc = new StringBuilder("\n\n<p>The body can be sent as ");
    List<BodyPlan> bodies = plan.bodies();
    for (int i = 0; i < bodies.size(); i++) {
      doc.append(i == 0 ? "" : i == bodies.size() - 1 ? " or " : ", ")
          .append("<code>").append(Javadocs.escape(bodies.get(i).media().mediaType())).append("</code> ({@code ")
          .append(bodies.get(i).fieldName()).append("})");
    }
    return doc.append("; set one of them.").toString();
  }

  /**
   * A record of {@code fields} with {@code builder()}, {@code toBuilder()} and a builder class
   * whose {@code build()} is {@code build}.
   */
  static TypeSpec.Builder recordWithBuilder(ClassName name, String javadoc, List<RequestField> fields,
      Function<RequestField, String> describe, MethodSpec build) {
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(JavaFiles.generatedBy(ClientEmitter.class))
        .addJavadoc("$L", javadoc)
        .recordConstructor(recordConstructor(fields, describe))
        .addMethod(builderFactory(name))
        .addMethod(toBuilder(name, fields))
        .addType(builderClass(name, fields, build));
  }

  private static MethodSpec recordConstructor(List<RequestField> fields, Function<RequestField, String> describe) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (RequestField field : fields) {
      constructor.addParameter(ParameterSpec.builder(componentType(field), field.javaName())
          .addJavadoc("$L\n", describe.apply(field))
          .build());
    }
    return constructor.build();
  }

  /** Required components are checked by {@code build()}; the others are {@code null} when unset. */
  private static TypeName componentType(RequestField field) {
    return field.required() ? field.type() : Nullness.nullable(field.type());
  }

  private static MethodSpec builderFactory(ClassName name) {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name.nestedClass("Builder"))
        .addStatement("return new Builder()")
        .build();
  }

  private static MethodSpec toBuilder(ClassName name, List<RequestField> fields) {
    CodeBlock.Builder body = CodeBlock.builder().add("return new Builder()");
    for (RequestField field : fields) {
      body.add("$Z.$N($N)", field.javaName(), field.javaName());
    }
    return MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(name.nestedClass("Builder"))
        .addStatement(body.build())
        .build();
  }

  // Emits:
  //   public static final class Builder {
  //     private String contactId;
  //     public Builder contactId(String contactId) { this.contactId = contactId; return this; }
  //     public ListContactConversationsRequest build() { ...checks...; return new ...(...); }
  //   }
  private static TypeSpec builderClass(ClassName name, List<RequestField> fields, MethodSpec build) {
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Set<String> names = new HashSet<>();
    fields.forEach(field -> names.add(field.javaName()));
    for (RequestField field : fields) {
      type.addField(FieldSpec.builder(Nullness.nullable(field.type()), field.javaName(), Modifier.PRIVATE).build());
      type.addMethod(setter(builder, field));
    }
    for (RequestField field : fields) {
      adder(builder, field).filter(adder -> names.add(adder.name())).ifPresent(type::addMethod);
    }
    return type.addMethod(build).build();
  }

  // Emits, for a list-valued component `statuses`:
  //   public Builder addStatus(String status) {
  //     this.statuses = this.statuses == null ? new ArrayList<>() : new ArrayList<>(this.statuses);
  //     this.statuses.add(status); return this;
  //   }
  // The list is copied so a list given to the setter (perhaps immutable, perhaps the caller's) is never changed.
  private static Optional<MethodSpec> adder(ClassName builder, RequestField field) {
    if (!(field.type() instanceof ParameterizedTypeName list) || !list.rawType().equals(ClassName.get(List.class))) {
      return Optional.empty();
    }
    TypeName item = list.typeArguments().get(0);
    String plural = field.javaName();
    String singular = Singular.of(plural);
    String element = singular.equals(plural) ? plural + "Item" : singular;
    String parameter = SourceVersion.isKeyword(element) ? element + "_" : element;
    return Optional.of(MethodSpec.methodBuilder("add" + Character.toUpperCase(element.charAt(0)) + element.substring(1))
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(item, parameter)
        .addStatement("this.$N = this.$N == null ? new $T<>() : new $T<>(this.$N)", plural, plural,
            ArrayList.class, ArrayList.class, plural)
        .addStatement("this.$N.add($N)", plural, parameter)
        .addStatement("return this")
        .build());
  }

  private static MethodSpec setter(ClassName builder, RequestField field) {
    return MethodSpec.methodBuilder(field.javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(componentType(field), field.javaName())
        .addStatement("this.$N = $N", field.javaName(), field.javaName())
        .addStatement("return this")
        .build();
  }

  /**
   * The builder's {@code build()}: it names every missing required value, and of the body
   * components in {@code bodyChoice} (when an operation offers several) accepts at most one, and
   * exactly one when the body is required. Emits:
   * <pre>
   *   RequiredValues required = new RequiredValues("UpdateItemRequest");
   *   return required.check(new UpdateItemRequest(required.of(id, "id"), expand));
   * </pre>
   */
  static MethodSpec build(ClassName name, List<RequestField> fields, List<String> bodyChoice, boolean bodyRequired) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(name);
    boolean checksBodies = bodyRequired && !bodyChoice.isEmpty();
    if (!bodyChoice.isEmpty()) {
      CodeBlock count = bodyChoice.stream().map(field -> CodeBlock.of("($N == null ? 0 : 1)", field))
          .collect(CodeBlock.joining(" + "));
      build.addStatement("int bodies = $L", count);
      build.beginControlFlow("if (bodies > 1)")
          .addStatement("throw new $T($S)", IllegalStateException.class, name.simpleName()
              + " can send only one body; set just one of " + String.join(", ", bodyChoice))
          .endControlFlow();
    }
    if (fields.stream().noneMatch(RequestField::required) && !checksBodies) {
      return build.addStatement("return new $T($L)", name, arguments(fields, false)).build();
    }
    build.addStatement("$T required = new $T($S)", REQUIRED_VALUES, REQUIRED_VALUES, name.simpleName());
    if (checksBodies) {
      build.addStatement("required.missingIf(bodies == 0, $S)", "one of " + String.join(", ", bodyChoice));
    }
    return build.addStatement("return required.check(new $T($L))", name, arguments(fields, true)).build();
  }

  /** {@code id, expand}, or with the check, {@code required.of(id, "id"), expand}. */
  private static CodeBlock arguments(List<RequestField> fields, boolean checked) {
    return fields.stream()
        .map(f -> checked && f.required()
            ? CodeBlock.of("required.of($N, $S)", f.javaName(), f.javaName())
            : CodeBlock.of("$N", f.javaName()))
        .collect(CodeBlock.joining(",$W"));
  }

  /** Javadoc markup describing a field of a request record; spec text in it is escaped. */
  static String describe(RequestField field) {
    String where = field.parameter()
        .map(p -> p.location().name().toLowerCase(java.util.Locale.ROOT) + " parameter <code>"
            + Javadocs.escape(p.name()) + "</code>")
        .orElse(field.body().filter(body -> !body.mediaType().equals("application/json"))
            .map(body -> "request body, sent as <code>" + Javadocs.escape(body.mediaType()) + "</code>")
            .orElse("request body"));
    String text = field.description().isBlank() ? "" : " " + Javadocs.inlineMarkdown(field.description());
    return (field.required() ? "Required " : "Optional ") + where + "." + text;
  }
}
