package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeRef;
import dev.specgen.naming.NameScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits an object type as a record with a builder.
 *
 * <p>Optional and nullable properties are nullable components: {@code null} means absent, and is
 * not written. Properties the spec does not declare are kept in {@code additionalProperties},
 * filled by {@code @JsonAnySetter} on the creator path and written back by {@code
 * @JsonAnyGetter}, so a read-then-write round trip loses nothing. Reading is lenient (a response
 * that lacks a required property still reads); {@code build()} is strict.
 */
final class RecordEmitter {

  /** The usual name of the component holding undeclared properties. */
  static final String ADDITIONAL = "additionalProperties";

  /** The runtime base class of builders, which holds the undeclared properties. */
  private static final ClassName MODEL_BUILDER = ClassName.get("dev.specgen.runtime.model", "ModelBuilder");

  private final ModelContext models;

  RecordEmitter(ModelContext models) {
    this.models = models;
  }

  /**
   * One record's names.
   *
   * @param additional the component of undeclared properties: {@code additionalProperties},
   *     unless a property is called that on the wire (Jackson would then take both for the same
   *     property)
   */
  private record Shape(ObjectType type, ClassName name, ClassName builder, String additional) {}

  // Emits:
  //   /** Description. @param links ... */
  //   @Generated("...") @JsonInclude(JsonInclude.Include.NON_NULL)
  //   public record Conversation(@JsonProperty("_links") ConversationLinks links, ...,
  //       @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
  //     public Conversation { ...immutable copies... }
  //     public static Builder builder() { ... }
  //     public Builder toBuilder() { ... }
  //     @Deprecated public Integer legacyId() { ... }   // deprecated properties only
  //     public static final class Builder { ... }
  //   }
  TypeSpec emit(ObjectType type) {
    Shape shape = shape(type);
    TypeSpec.Builder record = models.topLevel(TypeSpec.recordBuilder(shape.name()))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(javadoc(shape))
        .addAnnotation(JacksonAnnotations.generated())
        .addAnnotation(JacksonAnnotations.nonNull())
        .recordConstructor(canonicalConstructor(shape))
        .addMethod(builderMethod(shape))
        .addMethod(toBuilderMethod(shape))
        .addMethods(deprecatedAccessors(shape))
        .addMethods(InstantViews.accessors(type.properties(), recordMethodNames(shape), models.support()))
        .addType(builderClass(shape));
    if (ByteArrayEquality.needed(type.properties())) {
      record.addMethods(ByteArrayEquality.methods(shape.name(), type.properties(), shape.additional()));
    }
    ExplicitNulls.annotation(type.properties()).ifPresent(record::addAnnotation);
    if (type.deprecated()) {
      record.addAnnotation(Deprecated.class);
    }
    if (models.usesDeprecatedType(type)) {
      record.addAnnotation(ModelContext.suppressDeprecation());
    }
    return record.build();
  }

  private Shape shape(ObjectType type) {
    ClassName name = models.className(type);
    return new Shape(type, name, name.nestedClass("Builder"), additionalName(type));
  }

  /**
   * The component of a record's undeclared properties: {@code additionalProperties}, unless a
   * property has that name.
   */
  static String additionalName(ObjectType type) {
    NameScope names = new NameScope();
    for (Property property : type.properties()) {
      names.reserve(property.javaName());
      names.reserve(property.wireName());
    }
    return names.allocate(ADDITIONAL);
  }

  private CodeBlock javadoc(Shape shape) {
    CodeBlock.Builder doc = ModelDocs.typeDoc(shape.type().description(), shape.type().example()).toBuilder();
    if (!doc.isEmpty()) {
      doc.add("\n");
    }
    for (Property property : shape.type().properties()) {
      ModelDocs.propertyDoc(property).ifPresent(text -> doc.add("$L\n",
          ModelDocs.wrap("@param " + property.javaName() + " " + text, ModelDocs.TYPE_WIDTH, "    ")));
    }
    if (shape.type().deprecated()) {
      doc.add("@deprecated the API marks this schema as deprecated\n");
    }
    return doc.build();
  }

  /** {@code Map<String, Object>}, or {@code Map<String, T>} when the spec types them. */
  private TypeName additionalType(Shape shape) {
    return models.javaType(new TypeRef.MapOf(shape.type().additionalProperties().orElse(TypeRef.any())));
  }

  // Emits: public Conversation { tags = ModelSupport.copy(tags); additionalProperties = ModelSupport.copyOrEmpty(...); }
  private MethodSpec canonicalConstructor(Shape shape) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Property property : shape.type().properties()) {
      constructor.addParameter(component(property));
      if (JsonReads.isCollection(property.type())) {
        constructor.addStatement("$N = $T.copy($N)", property.javaName(), models.support(), property.javaName());
      }
    }
    constructor.addParameter(ParameterSpec.builder(additionalType(shape), shape.additional())
        .addAnnotation(JacksonAnnotations.anySetter())
        .addAnnotation(JacksonAnnotations.anyGetter())
        .addAnnotation(JacksonAnnotations.mapContentAlways())
        .build());
    return constructor.addStatement("$N = $T.copyOrEmpty($N)", shape.additional(), models.support(),
            shape.additional())
        .build();
  }

  // Emits: @JsonProperty("_links") ConversationLinks links
  // (a list or map: @JsonInclude(value = CUSTOM, valueFilter = ModelSupport.Absent.class) List<Tag> tags)
  private ParameterSpec component(Property property) {
    ParameterSpec.Builder component = ParameterSpec.builder(propertyType(property), property.javaName())
        .addAnnotation(JacksonAnnotations.property(property.wireName()));
    if (JsonReads.isCollection(property.type())) {
      component.addAnnotation(JacksonAnnotations.unlessAbsent(models.support(), holdsPlainJson(property.type())));
    } else if (holdsPlainJson(property.type())) {
      component.addAnnotation(JacksonAnnotations.mapContentAlways());
    }
    return component.build();
  }

  /** A property's type to callers: {@code @Nullable} for scalars, never for lists and maps. */
  private TypeName propertyType(Property property) {
    return Nullness.ofProperty(models.javaType(property.type()), property.type());
  }

  /**
   * Whether values of {@code type} can hold plain JSON objects (maps, untyped values, union
   * variants written through {@code @JsonValue}), whose {@code null} members only the property's
   * own {@code @JsonInclude} keeps when the mapper leaves out nulls by default.
   */
  private boolean holdsPlainJson(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf array) {
      return holdsPlainJson(array.items());
    }
    if (type instanceof TypeRef.Named named) {
      return models.typeDef(named.name()).orElse(null) instanceof TypeDef.UnionType;
    }
    return type instanceof TypeRef.MapOf || type instanceof TypeRef.Any;
  }

  private static MethodSpec builderMethod(Shape shape) {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(shape.builder())
        .addStatement("return new $T()", shape.builder())
        .build();
  }

  // Emits: public Builder toBuilder() { return new Builder().links(links).id(id)
  //     .additionalProperties(additionalProperties); }
  // The undeclared properties come last: they bring back the explicit nulls the setters forget.
  // Lists and maps are assigned after the chain, since an absent one is unset (null) in the
  // builder, as build() sees it, and their setters take no null:
  //   Builder builder = new Builder()...; builder.tags = ModelSupport.setOrNull(tags); return builder;
  private MethodSpec toBuilderMethod(Shape shape) {
    CodeBlock.Builder chain = CodeBlock.builder().add("new $T()", shape.builder());
    List<Property> collections = new ArrayList<>();
    for (Property property : shape.type().properties()) {
      if (JsonReads.isCollection(property.type())) {
        collections.add(property);
      } else {
        chain.add("$Z.$N($N)", property.javaName(), property.javaName());
      }
    }
    chain.add("$Z.$N($N)", shape.additional(), shape.additional());
    MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.builder());
    if (collections.isEmpty()) {
      return method.addStatement("return $L", chain.build()).build();
    }
    NameScope locals = new NameScope();
    shape.type().properties().forEach(p -> locals.reserve(p.javaName()));
    locals.reserve(shape.additional());
    String builder = locals.allocate("builder");
    method.addStatement("$T $N = $L", shape.builder(), builder, chain.build());
    for (Property property : collections) {
      method.addStatement("$N.$N = $T.setOrNull($N)", builder, property.javaName(), models.support(),
          property.javaName());
    }
    return method.addStatement("return $N", builder).build();
  }

  /**
   * {@code value} as a component's argument: a list or map read or set as {@code null} (absent)
   * becomes the empty value that stands for absent, so the never-null component gets no {@code null}.
   *
   * <p>Emits: {@code ModelSupport.orAbsent(ModelSupport.list(...))}, or {@code value} for scalars
   */
  private CodeBlock orAbsent(TypeRef type, CodeBlock value) {
    return JsonReads.isCollection(type) ? CodeBlock.of("$T.orAbsent($L)", models.support(), value) : value;
  }

  // Emits: @Deprecated public Integer legacyId() { return legacyId; }
  // (on the accessor only: javac ignores @Deprecated on the constructor parameter a component makes)
  private List<MethodSpec> deprecatedAccessors(Shape shape) {
    List<MethodSpec> accessors = new ArrayList<>();
    for (Property property : shape.type().properties()) {
      if (property.deprecated()) {
        accessors.add(MethodSpec.methodBuilder(property.javaName())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Deprecated.class)
            .returns(propertyType(property))
            .addStatement("return $N", property.javaName())
            .build());
      }
    }
    return accessors;
  }

  // Emits:
  //   public static final class Builder extends ModelBuilder<Builder, Object> {
  //     private ConversationLinks links; ...
  //     private Builder() {}
  //     public Builder links(ConversationLinks links) { this.links = links; return this; }
  //     (additionalProperty(name, value) and additionalProperties(values) come from ModelBuilder)
  //     public Conversation build() { ...names every missing required property... }
  //   }
  private TypeSpec builderClass(Shape shape) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(shape.builder())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    boolean inherited = inheritsAdditional(shape);
    if (inherited) {
      spec.superclass(ParameterizedTypeName.get(MODEL_BUILDER, shape.builder(), additionalValueType(shape).box()));
    }
    Map<String, String> presets = models.presetDiscriminators(shape.type());
    for (Property property : shape.type().properties()) {
      FieldSpec.Builder field = FieldSpec.builder(Nullness.nullable(models.javaType(property.type())),
          property.javaName(), Modifier.PRIVATE);
      preset(property, presets).ifPresent(field::initializer);
      spec.addField(field.build());
    }
    if (!inherited) {
      spec.addField(FieldSpec.builder(additionalType(shape), shape.additional(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T<>()", LinkedHashMap.class)
          .build());
    }
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(setters(shape))
        .addMethods(ExplicitNulls.builderMethods(shape.builder(), shape.type().properties(), shape.additional(),
            builderMethodNames(shape)));
    if (!inherited) {
      spec.addMethod(additionalPropertySetter(shape))
          .addMethod(additionalPropertiesSetter(shape));
    }
    return spec.addMethod(buildMethod(shape)).build();
  }

  /**
   * Whether the builder takes its map of undeclared properties, and their two setters, from the
   * runtime's {@code ModelBuilder}: always, unless a property is called {@code additionalProperties}
   * and the record's component has another name, which the base class's members would not match.
   */
  private static boolean inheritsAdditional(Shape shape) {
    return shape.additional().equals(ADDITIONAL);
  }

  /** The record's method names: its accessors and fixed methods, which an added accessor must not take. */
  private static NameScope recordMethodNames(Shape shape) {
    NameScope names = new NameScope();
    shape.type().properties().forEach(p -> names.reserve(p.javaName()));
    List.of("builder", "toBuilder", "equals", "hashCode", "toString", shape.additional())
        .forEach(names::reserve);
    return names;
  }

  /** The discriminator value a builder starts with for {@code property}: {@code "cat"}, {@code PetType.of("cat")}. */
  private Optional<CodeBlock> preset(Property property, Map<String, String> presets) {
    String tag = presets.get(property.wireName());
    return tag == null ? Optional.empty() : UnionMembers.tagLiteral(models, property.type(), tag);
  }

  /** {@code " Preset to cat, ..."} for a property the builder presets; empty otherwise. */
  private Optional<String> presetNote(Property property, Shape shape) {
    String tag = models.presetDiscriminators(shape.type()).get(property.wireName());
    return tag == null || preset(property, Map.of(property.wireName(), tag)).isEmpty() ? Optional.empty()
        : Optional.of("Preset to " + ModelDocs.code(tag) + ", the discriminator value that selects this type.");
  }

  /** The builder's method names so far: a setter per property and its fixed methods. */
  private static NameScope builderMethodNames(Shape shape) {
    NameScope names = new NameScope();
    shape.type().properties().forEach(p -> names.reserve(p.javaName()));
    List.of("build", "additionalProperty", shape.additional()).forEach(names::reserve);
    return names;
  }

  // Emits: public Builder links(ConversationLinks links) { this.links = links; return this; }
  private List<MethodSpec> setters(Shape shape) {
    List<MethodSpec> setters = new ArrayList<>();
    for (Property property : shape.type().properties()) {
      MethodSpec.Builder setter = MethodSpec.methodBuilder(property.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(shape.builder())
          .addParameter(propertyType(property), property.javaName())
          .addStatement("this.$N = $N", property.javaName(), property.javaName());
      if (property.nullable()) {
        setter.addStatement(ExplicitNulls.forgetOnSet(property, shape.additional()));
      }
      setter.addStatement("return this");
      presetNote(property, shape).ifPresent(note -> setter.addJavadoc("$L\n", note));
      if (property.deprecated()) {
        setter.addAnnotation(Deprecated.class);
      }
      setters.add(setter.build());
    }
    return setters;
  }

  /** The type of undeclared properties' values: {@code Object}, or the type the spec gives them. */
  private TypeName additionalValueType(Shape shape) {
    return models.javaType(shape.type().additionalProperties().orElse(TypeRef.any()));
  }

  private MethodSpec additionalPropertySetter(Shape shape) {
    TypeName valueType = additionalValueType(shape);
    return MethodSpec.methodBuilder("additionalProperty")
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.builder())
        .addParameter(String.class, "name")
        .addParameter(Nullness.nullable(valueType), "value")
        .addStatement("this.$N.put(name, value)", shape.additional())
        .addStatement("return this")
        .build();
  }

  private MethodSpec additionalPropertiesSetter(Shape shape) {
    return MethodSpec.methodBuilder(shape.additional())
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.builder())
        .addParameter(additionalType(shape), "values")
        .addStatement("this.$N.clear()", shape.additional())
        .addStatement("this.$N.putAll(values)", shape.additional())
        .addStatement("return this")
        .build();
  }

  // Emits:
  //   public Conversation build() {
  //     ModelSupport.requireSet("Conversation", "id", this.id, ...);
  //     return new Conversation(this.links, this.id, ..., this.additionalProperties);
  //   }
  private MethodSpec buildMethod(Shape shape) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.name());
    List<Property> checked = shape.type().properties().stream().filter(RecordEmitter::mustBeSet).toList();
    if (!checked.isEmpty()) {
      List<CodeBlock> pairs = new ArrayList<>();
      for (Property property : checked) {
        pairs.add(CodeBlock.of("$S,$Wthis.$N", property.javaName(), property.javaName()));
      }
      build.addJavadoc("@throws IllegalStateException naming every required property that is not set\n")
          .addStatement("$T.requireSet($S,$W$L)", models.support(), shape.name().simpleName(),
              CodeBlock.join(pairs, ",$W"));
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (Property property : shape.type().properties()) {
      arguments.add(orAbsent(property.type(), CodeBlock.of("this.$N", property.javaName())));
    }
    arguments.add(CodeBlock.of("this.$N", shape.additional()));
    return build.addStatement("return new $T($L)", shape.name(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  /**
   * Required, not nullable, and sent by clients: a property {@code build()} insists on. Read-only
   * properties are left out, since a client never sends them.
   */
  private static boolean mustBeSet(Property property) {
    return property.required() && !property.nullable() && !property.readOnly();
  }
}
