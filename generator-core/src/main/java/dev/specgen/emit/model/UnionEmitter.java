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
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a union ({@code oneOf}/{@code anyOf}) as a sealed interface with a record per variant
 * that wraps the variant's value, plus an {@code Unknown} record for values no variant reads.
 *
 * <p>Jackson reads the whole JSON value as a tree (the runtime's {@code UnionJson}) into {@code
 * read}, a delegating {@code @JsonCreator}, which picks the variant and binds the tree to it: by the discriminator property when the
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
  //     @JsonCreator(mode = DELEGATING) static Pet read(UnionJson json) { ...dispatch... }
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
        .addMethod(readMethod(type, shape))
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
        .build();
  }

  // Emits: @JsonCreator(mode = JsonCreator.Mode.DELEGATING) static Pet read(UnionJson json) { ... }
  private MethodSpec readMethod(UnionType type, Shape shape) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(JacksonAnnotations.delegatingCreator())
        .returns(shape.name())
        .addParameter(ModelContext.unionJson(), "json")
        .addJavadoc("Picks the variant {@code json} holds, {@code $T} when none reads it; Jackson calls it.\n",
            shape.unknown());
    type.discriminator().ifPresentOrElse(
        discriminator -> byDiscriminator(method, type, discriminator, shape),
        () -> byShape(method, type, shape));
    return method.build();
  }

  // Emits:
  //   @Nullable String tag = json.text("petType");
  //   if (tag == null) return new Unknown(json.plain());
  //   try {
  //     return switch (tag) {
  //       case "cat" -> new CatVariant(json.as(Cat.class));
  //       default -> new Unknown(json.plain());
  //     };
  //   } catch (IllegalArgumentException e) { return new Unknown(json.plain()); }
  private void byDiscriminator(MethodSpec.Builder method, UnionType type, Discriminator discriminator,
      Shape shape) {
    method.addStatement("$T tag = json.text($S)", Nullness.nullable(ClassName.get(String.class)), discriminator.propertyName())
        .beginControlFlow("if (tag == null)")
        .addStatement("return new $T(json.plain())", shape.unknown())
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
    method.addCode("default -> new $T(json.plain());\n$<};\n", shape.unknown())
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addCode("// the tag is known but the fields do not fit its variant: keep the JSON as it is\n")
        .addStatement("return new $T(json.plain())", shape.unknown())
        .endControlFlow();
  }

  // Emits:
  //   if (json.isObject()) {
  //     if (json.hasAnyKey("meow")) { try { return new CatVariant(json.as(Cat.class)); } catch (IllegalArgumentException e) { } }
  //     ...
  //   } else if (json.isString()) { ... }
  //   return new Unknown(json.plain());
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
    method.addStatement("return new $T(json.plain())", shape.unknown());
  }

  private CodeBlock guard(JsonKind kind) {
    return switch (kind) {
      case OBJECT -> CodeBlock.of("json.isObject()");
      case ARRAY -> CodeBlock.of("json.isArray()");
      case STRING -> CodeBlock.of("json.isString()");
      case INTEGER -> CodeBlock.of("json.isIntegral()");
      case NUMBER -> CodeBlock.of("json.isNumber()");
      case BOOLEAN -> CodeBlock.of("json.isBoolean()");
    };
  }

  // Emits: [if (json.hasAnyKey("meow")) {] try { return new Cat(...); } catch (IllegalArgumentException e) { ... } [}]
  private void attempt(MethodSpec.Builder method, Candidate candidate, Shape shape) {
    if (!candidate.keys().isEmpty()) {
      CodeBlock keys = candidate.keys().stream().map(k -> CodeBlock.of("$S", k)).collect(CodeBlock.joining(", "));
      method.beginControlFlow("if (json.hasAnyKey($L))", keys);
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

  /** {@code new CatVariant(json.as(Cat.class))}: binding never gives {@code null}. */
  private CodeBlock wrap(UnionVariant variant, Shape shape) {
    return CodeBlock.of("new $T($L)", shape.variants().get(variant), reads.read(variant.type(), CodeBlock.of("json")));
  }

  // Emits: /** A value of variant Cat. */ record CatVariant(Cat value) implements Pet { ...accept... }
  private TypeSpec variantRecord(UnionVariant variant, Shape shape, UnionMembers members) {
    return TypeSpec.recordBuilder(shape.variants().get(variant))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(shape.name())
        .addJavadoc(variant.discriminatorValues().isEmpty() ? CodeBlock.of("")
            : CodeBlock.of("$L\n", variantDoc(variant)))
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
        .addJavadoc("A value no variant reads, such as an unknown discriminator value, kept as plain JSON"
            + " values\n({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and"
            + " written back unchanged.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(Object.class, "value")
            .build())
        .addMethod(members.accept(UnionMembers.visitUnknown()))
        .build();
  }
}
