package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.ir.TypeDef.Discriminator;
import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeDef.UnionVariant;
import dev.specgen.ir.UnionDispatch;
import dev.specgen.ir.UnionDispatch.Candidate;
import dev.specgen.ir.UnionDispatch.JsonKind;
import dev.specgen.naming.NameScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a union ({@code oneOf}/{@code anyOf}) as a sealed interface with a record per variant
 * that wraps the variant's value, plus an {@code Unknown} record for values no variant reads.
 *
 * <p>Jackson reads the whole JSON value as plain values into {@code fromJson(Object)}, a
 * delegating {@code @JsonCreator}, which picks the variant: by the discriminator property when the
 * spec has one (its mapping honoured), otherwise by the shape of the JSON ({@link
 * UnionDispatch}). Every record writes its value through the interface's {@code @JsonValue}. A
 * value no variant reads (an unknown discriminator value, a value of an unexpected shape) becomes
 * {@code Unknown}, which keeps the plain JSON and writes it back unchanged: nothing is lost and
 * nothing fails.
 */
final class UnionEmitter {

  private final ModelContext models;
  private final JsonReads reads;

  UnionEmitter(ModelContext models) {
    this.models = models;
    this.reads = new JsonReads(models);
  }

  /**
   * A union's class and its nested types: a record per variant, the {@code Unknown} record and the
   * {@code Visitor}. Nested names never equal a top-level class of the package ({@code Pet.CatVariant}
   * wraps {@code Cat}), so none shadows a model inside the union's file.
   */
  record Shape(ClassName name, Map<UnionVariant, ClassName> variants, ClassName unknown, ClassName visitor) {}

  // Emits:
  //   @Generated(...) public sealed interface Pet permits Pet.CatVariant, Pet.DogVariant, Pet.Unknown {
  //     @JsonValue Object value();
  //     <R> R accept(Visitor<R> visitor);
  //     static Pet ofCat(Cat value) { ... }   default boolean isCat() { ... }   default Cat asCat() { ... }
  //     @JsonCreator(mode = DELEGATING) static Pet fromJson(Object json) { ...dispatch... }
  //     interface Visitor<R> { R visitCat(Cat value); ...; R visitUnknown(Object json); }
  //     record CatVariant(Cat value) implements Pet { ...accept... }
  //     record Unknown(Object value) implements Pet { ...accept... }
  //   }
  TypeSpec emit(UnionType type) {
    Shape shape = shape(type);
    UnionMembers members = new UnionMembers(models, type, shape);
    TypeSpec.Builder spec = models.topLevel(TypeSpec.interfaceBuilder(shape.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addJavadoc(javadoc(type, shape))
        .addAnnotation(JacksonAnnotations.generated())
        .addMethod(valueMethod())
        .addMethod(members.abstractAccept())
        .addMethods(members.perVariant())
        .addMethod(fromJsonMethod(type, shape))
        .addType(members.visitor());
    for (UnionVariant variant : type.variants()) {
      spec.addPermittedSubclass(shape.variants().get(variant))
          .addType(variantRecord(variant, shape, members));
    }
    if (models.usesDeprecatedType(type)) {
      spec.addAnnotation(ModelContext.suppressDeprecation());
    }
    return spec.addPermittedSubclass(shape.unknown())
        .addType(unknownRecord(shape, members))
        .build();
  }

  private Shape shape(UnionType type) {
    ClassName name = models.className(type);
    NameScope nested = new NameScope();
    models.packageClassNames().forEach(nested::reserve);
    UnionNames names = UnionNames.of(type);
    Map<UnionVariant, ClassName> variants = new java.util.LinkedHashMap<>();
    for (UnionVariant variant : type.variants()) {
      variants.put(variant, name.nestedClass(nested.allocate(names.stem(variant) + "Variant")));
    }
    return new Shape(name, variants, name.nestedClass(nested.allocate(UnionNames.UNKNOWN)),
        name.nestedClass(nested.allocate("Visitor")));
  }

  private static CodeBlock javadoc(UnionType type, Shape shape) {
    StringBuilder doc = new StringBuilder();
    if (!type.description().isBlank()) {
      doc.append(ModelDocs.text(type.description())).append("\n\n<p>");
    }
    List<String> links = shape.variants().values().stream().map(v -> "{@link " + v.simpleName() + "}").toList();
    // (the factories, is/as methods and the visitor are documented where they are declared)
    doc.append("One of: ").append(String.join(", ", links));
    type.discriminator().ifPresent(d -> doc.append(", told apart by the property ").append(ModelDocs.code(d.propertyName())));
    doc.append(". A value no variant reads is kept as {@link ").append(shape.unknown().simpleName())
        .append("} and written back unchanged.");
    return CodeBlock.of("$L\n", ModelDocs.wrap(doc.toString(), ModelDocs.TYPE_WIDTH, ""));
  }

  private static MethodSpec valueMethod() {
    return MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addAnnotation(JacksonAnnotations.jsonValue())
        .returns(Object.class)
        .addJavadoc("The variant's value, which is what is written as JSON.\n\n@return the value\n")
        .build();
  }

  // Emits: @JsonCreator(mode = JsonCreator.Mode.DELEGATING) static Pet fromJson(Object json) { ... }
  private MethodSpec fromJsonMethod(UnionType type, Shape shape) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(JacksonAnnotations.delegatingCreator())
        .returns(Nullness.nullable(shape.name()))
        .addParameter(Nullness.nullable(ClassName.OBJECT), "json")
        .addJavadoc("Reads the variant {@code json} holds; Jackson calls it with the JSON read as plain"
            + " values.\n\n@param json plain JSON values, or {@code null}\n@return the variant,"
            + " {@code $T} when none reads the value, or {@code null} for {@code null}\n",
            shape.unknown())
        .beginControlFlow("if (json == null)")
        .addStatement("return null")
        .endControlFlow();
    type.discriminator().ifPresentOrElse(
        discriminator -> byDiscriminator(method, type, discriminator, shape),
        () -> byShape(method, type, shape));
    return method.build();
  }

  // Emits:
  //   if (!(ModelSupport.property(json, "petType") instanceof String tag)) return new Unknown(json);
  //   try {
  //     return switch (tag) {
  //       case "cat" -> new Cat(com.acme.Cat.fromJson(json));
  //       default -> new Unknown(json);
  //     };
  //   } catch (IllegalArgumentException e) { return new Unknown(json); }
  private void byDiscriminator(MethodSpec.Builder method, UnionType type, Discriminator discriminator,
      Shape shape) {
    method.beginControlFlow("if (!($T.property(json, $S) instanceof String tag))", models.support(),
            discriminator.propertyName())
        .addStatement("return new $T(json)", shape.unknown())
        .endControlFlow()
        .beginControlFlow("try")
        .addCode("return switch (tag) {\n$>");
    Set<String> seen = new HashSet<>();
    for (UnionVariant variant : type.variants()) {
      List<CodeBlock> labels = variant.discriminatorValues().stream()
          .filter(seen::add) // a value mapped twice selects its first variant
          .map(value -> CodeBlock.of("$S", value))
          .toList();
      if (!labels.isEmpty()) {
        method.addCode("case $L -> $L;\n", CodeBlock.join(labels, ", "), wrap(variant, shape));
      }
    }
    method.addCode("default -> new $T(json);\n$<};\n", shape.unknown())
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addCode("// the tag is known but the fields do not fit its variant: keep the JSON as it is\n")
        .addStatement("return new $T(json)", shape.unknown())
        .endControlFlow();
  }

  // Emits:
  //   if (json instanceof Map<?, ?>) {
  //     if (ModelSupport.hasAnyKey(json, "meow")) { try { return new Cat(...); } catch (IllegalArgumentException e) { } }
  //     ...
  //   } else if (json instanceof String) { ... }
  //   return new Unknown(json);
  private void byShape(MethodSpec.Builder method, UnionType type, Shape shape) {
    UnionDispatch.Plan plan = UnionDispatch.plan(type, models::typeDef);
    boolean first = true;
    for (JsonKind kind : JsonKind.values()) {
      List<Candidate> candidates = plan.candidates(kind);
      if (candidates.isEmpty()) {
        continue;
      }
      CodeBlock guard = guard(kind);
      if (first) {
        method.beginControlFlow("if ($L)", guard);
      } else {
        method.nextControlFlow("else if ($L)", guard);
      }
      first = false;
      candidates.forEach(candidate -> attempt(method, candidate, shape));
    }
    if (!first) {
      method.endControlFlow();
    }
    method.addStatement("return new $T(json)", shape.unknown());
  }

  private CodeBlock guard(JsonKind kind) {
    return switch (kind) {
      case OBJECT -> CodeBlock.of("json instanceof $T<?, ?>", Map.class);
      case ARRAY -> CodeBlock.of("json instanceof $T<?>", List.class);
      case STRING -> CodeBlock.of("json instanceof String");
      case INTEGER -> CodeBlock.of("$T.isIntegral(json)", models.support());
      case NUMBER -> CodeBlock.of("json instanceof Number");
      case BOOLEAN -> CodeBlock.of("json instanceof Boolean");
    };
  }

  // Emits: [if (ModelSupport.hasAnyKey(json, "meow")) {] try { return new Cat(...); } catch (IllegalArgumentException e) { ... } [}]
  private void attempt(MethodSpec.Builder method, Candidate candidate, Shape shape) {
    if (!candidate.keys().isEmpty()) {
      CodeBlock keys = candidate.keys().stream().map(k -> CodeBlock.of("$S", k)).collect(CodeBlock.joining(", "));
      method.beginControlFlow("if ($T.hasAnyKey(json, $L))", models.support(), keys);
    }
    method.beginControlFlow("try")
        .addStatement("return $L", wrap(candidate.variant(), shape))
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addCode("// the value does not fit this variant: try the next one\n")
        .endControlFlow();
    if (!candidate.keys().isEmpty()) {
      method.endControlFlow();
    }
  }

  /**
   * {@code new CatVariant(Objects.requireNonNull(Cat.fromJson(json)))}: readers give {@code null}
   * only for {@code null}, which never reaches here; the check says so to nullness checkers.
   */
  private CodeBlock wrap(UnionVariant variant, Shape shape) {
    return CodeBlock.of("new $T($T.requireNonNull($L))", shape.variants().get(variant), Objects.class,
        reads.read(variant.type(), CodeBlock.of("json")));
  }

  // Emits: /** A value of variant Cat. */ record CatVariant(Cat value) implements Pet { ...accept... }
  private TypeSpec variantRecord(UnionVariant variant, Shape shape, UnionMembers members) {
    return TypeSpec.recordBuilder(shape.variants().get(variant))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(shape.name())
        .addJavadoc("A value of variant $L.\n\n@param value the value\n", variantDoc(variant))
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(ParameterSpec.builder(models.javaType(variant.type()), "value").build())
            .build())
        .addMethod(members.accept(members.visitMethod(variant)))
        .build();
  }

  private String variantDoc(UnionVariant variant) {
    if (variant.discriminatorValues().isEmpty()) {
      return "{@code " + variant.javaName() + "}";
    }
    List<String> values = new ArrayList<>();
    variant.discriminatorValues().forEach(v -> values.add(ModelDocs.code(v)));
    return "{@code " + variant.javaName() + "} (discriminator " + String.join(", ", values) + ")";
  }

  // Emits: /** ... */ record Unknown(Object value) implements Pet {}
  private static TypeSpec unknownRecord(Shape shape, UnionMembers members) {
    return TypeSpec.recordBuilder(shape.unknown())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(shape.name())
        .addJavadoc("A value no variant reads, such as an object with a discriminator value this version"
            + " does not know.\nIt holds the plain JSON values ({@code Map}, {@code List}, {@code"
            + " String}, {@code Number},\n{@code Boolean}) and is written back unchanged.\n\n"
            + "@param value the JSON value as read\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(Object.class, "value")
            .build())
        .addMethod(members.accept(UnionMembers.visitUnknown()))
        .build();
  }
}
