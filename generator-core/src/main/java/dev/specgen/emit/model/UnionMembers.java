package dev.specgen.emit.model;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeDef.Discriminator;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeDef.UnionVariant;
import dev.specgen.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The members that build and read a union without {@code instanceof}: a static factory per
 * variant ({@code Pet.ofCat(cat)}, which sets the discriminator), {@code isCat()} and {@code
 * asCat()}, and a {@code Visitor<R>} that {@code accept(visitor)} calls with the variant held.
 */
final class UnionMembers {

  private static final TypeVariableName R = TypeVariableName.get("R");

  private final ModelContext models;
  private final UnionType union;
  private final UnionEmitter.Shape shape;
  private final UnionNames names;

  UnionMembers(ModelContext models, UnionType union, UnionEmitter.Shape shape) {
    this.models = models;
    this.union = union;
    this.shape = shape;
    this.names = UnionNames.of(union);
  }

  /** {@code Pet.Visitor<R>} */
  private TypeName visitorOf(TypeName result) {
    return ParameterizedTypeName.get(shape.visitor(), result);
  }

  // Emits: <R> R accept(Visitor<R> visitor);
  MethodSpec abstractAccept() {
    return MethodSpec.methodBuilder("accept")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(visitorOf(R), "visitor")
        .build();
  }

  // Emits: @Override public <R> R accept(Visitor<R> visitor) { return visitor.visitCat(value); }
  MethodSpec accept(String visitMethod) {
    return MethodSpec.methodBuilder("accept")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(visitorOf(R), "visitor")
        .addStatement("return visitor.$N(value)", visitMethod)
        .build();
  }

  String visitMethod(UnionVariant variant) {
    return "visit" + names.stem(variant);
  }

  static String visitUnknown() {
    return "visit" + UnionNames.UNKNOWN;
  }

  // Emits:
  //   interface Visitor<R> {
  //     R visitCat(Cat value);
  //     R visitUnknown(Object json);
  //   }
  TypeSpec visitor() {
    TypeSpec.Builder visitor = TypeSpec.interfaceBuilder(shape.visitor())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(R);
    for (UnionVariant variant : union.variants()) {
      visitor.addMethod(MethodSpec.methodBuilder(visitMethod(variant))
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(R)
          .addParameter(models.javaType(variant.type()), "value")
          .build());
    }
    return visitor.addMethod(MethodSpec.methodBuilder(visitUnknown())
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(R)
            .addParameter(Object.class, "json")
            .addJavadoc("Called for a value no variant reads, such as a discriminator value this version does"
                + " not know.\n\n@param json the plain JSON value, as read\n")
            .build())
        .build();
  }

  // Emits: static Pet ofCat(Cat value) { return new CatVariant(...value with petType "cat"...); }
  //        default boolean isCat() { ... }   default Cat asCat() { ... }
  List<MethodSpec> perVariant() {
    List<MethodSpec> methods = new ArrayList<>();
    for (UnionVariant variant : union.variants()) {
      methods.add(factory(variant));
    }
    for (UnionVariant variant : union.variants()) {
      methods.add(isMethod(variant));
      methods.add(asMethod(variant));
    }
    return methods;
  }

  private MethodSpec factory(UnionVariant variant) {
    Optional<CodeBlock> tagged = withDiscriminator(variant);
    MethodSpec.Builder factory = MethodSpec.methodBuilder(names.factory(variant))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(shape.name())
        .addParameter(models.javaType(variant.type()), "value")
        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
    if (tagged.isPresent()) {
      factory.addJavadoc("Sets the discriminator to $L unless it holds another value that selects this variant.\n",
          ModelDocs.code(discriminatorValue(variant)));
    }
    if (tagged.isPresent() && readsDeprecated(variant)) {
      factory.addAnnotation(ModelContext.suppressDeprecation());
    }
    return factory.addStatement("return new $T($L)", shape.variants().get(variant),
            tagged.orElse(CodeBlock.of("value")))
        .build();
  }

  private MethodSpec isMethod(UnionVariant variant) {
    return MethodSpec.methodBuilder("is" + names.stem(variant))
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(TypeName.BOOLEAN)
        .addStatement("return this instanceof $T", shape.variants().get(variant))
        .build();
  }

  private MethodSpec asMethod(UnionVariant variant) {
    return MethodSpec.methodBuilder("as" + names.stem(variant))
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(models.javaType(variant.type()))
        .addJavadoc("@throws IllegalStateException if this value holds another variant\n")
        .beginControlFlow("if (this instanceof $T variant)", shape.variants().get(variant))
        .addStatement("return variant.value()")
        .endControlFlow()
        .addStatement("throw new $T($S + getClass().getSimpleName() + $S)", IllegalStateException.class,
            shape.name().simpleName() + " holds ", ", not " + variant.javaName())
        .build();
  }

  /** The first value that selects {@code variant}: the one its factory writes. */
  private static String discriminatorValue(UnionVariant variant) {
    return variant.discriminatorValues().get(0);
  }

  /**
   * A copy of the factory's {@code value} with the discriminator property set, when the union has
   * a discriminator and the variant is an object: {@code new Cat(value.meows(), "cat",
   * value.additionalProperties())}. The canonical constructor copies without the builder's
   * checks, so a value read leniently still wraps. Empty when the variant is not an object or the
   * discriminator property's type takes no string.
   */
  private Optional<CodeBlock> withDiscriminator(UnionVariant variant) {
    Optional<Discriminator> discriminator = union.discriminator();
    Optional<ObjectType> object = objectOf(variant);
    if (discriminator.isEmpty() || object.isEmpty() || variant.discriminatorValues().isEmpty()) {
      return Optional.empty();
    }
    String wireName = discriminator.get().propertyName();
    String tag = discriminatorValue(variant);
    List<CodeBlock> arguments = new ArrayList<>();
    boolean set = false;
    for (Property property : object.get().properties()) {
      Optional<CodeBlock> literal = property.wireName().equals(wireName) ? keptOrSet(property, variant)
          : Optional.empty();
      arguments.add(literal.orElse(CodeBlock.of("value.$N()", property.javaName())));
      set |= literal.isPresent();
    }
    String additional = RecordEmitter.additionalName(object.get());
    boolean declared = object.get().properties().stream().anyMatch(p -> p.wireName().equals(wireName));
    if (!declared && object.get().additionalProperties().isEmpty()) {
      arguments.add(CodeBlock.of("$T.with(value.$N(), $S, $S)", models.support(), additional, wireName, tag));
      set = true;
    } else {
      arguments.add(CodeBlock.of("value.$N()", additional));
    }
    return set ? Optional.of(CodeBlock.of("new $T($L)", models.javaType(variant.type()),
        CodeBlock.join(arguments, ", "))) : Optional.empty();
  }

  /** {@code "cat"} or {@code PetType.of("cat")}; empty for a type that takes no string. */
  static Optional<CodeBlock> tagLiteral(ModelContext models, TypeRef type, String tag) {
    return tagOf(models, type, CodeBlock.of("$S", tag));
  }

  /**
   * {@code tag} as a value of {@code type}: the string itself, or {@code PetType.of(tag)} for a
   * string enum; empty for a type that takes no string.
   */
  private static Optional<CodeBlock> tagOf(ModelContext models, TypeRef type, CodeBlock tag) {
    if (type instanceof TypeRef.Primitive primitive && primitive.kind() == PrimitiveType.STRING) {
      return Optional.of(tag);
    }
    if (isStringEnum(models, type)) {
      return Optional.of(CodeBlock.of("$T.of($L)", models.javaType(type), tag));
    }
    return Optional.empty();
  }

  private static boolean isStringEnum(ModelContext models, TypeRef type) {
    return type instanceof TypeRef.Named named && models.typeDef(named.name()).orElse(null) instanceof TypeDef.EnumType
        enumType && enumType.kind() == TypeDef.EnumKind.STRING;
  }

  /**
   * The discriminator property's value in the factory: the caller's when it selects the variant
   * ({@code "kitty"} is a cat too), else the first value that does.
   *
   * <p>Emits: {@code ModelSupport.tag(value.petType(), "cat", "kitty")} or {@code
   * PetType.of(ModelSupport.tag(value.petType() == null ? null : value.petType().value(), "cat"))}
   */
  private Optional<CodeBlock> keptOrSet(Property property, UnionVariant variant) {
    CodeBlock accessor = CodeBlock.of("value.$N()", property.javaName());
    CodeBlock current = isStringEnum(models, property.type())
        ? CodeBlock.of("$L == null ? null : $L.value()", accessor, accessor) : accessor;
    CodeBlock values = variant.discriminatorValues().stream().map(v -> CodeBlock.of("$S", v))
        .collect(CodeBlock.joining(", "));
    return tagOf(models, property.type(), CodeBlock.of("$T.tag($L, $L)", models.support(), current, values));
  }

  private Optional<ObjectType> objectOf(UnionVariant variant) {
    if (variant.type() instanceof TypeRef.Named named) {
      return models.typeDef(named.name()).filter(ObjectType.class::isInstance).map(ObjectType.class::cast);
    }
    return Optional.empty();
  }

  /** Whether copying the variant calls an accessor the spec deprecates. */
  private boolean readsDeprecated(UnionVariant variant) {
    return objectOf(variant).map(o -> o.properties().stream().anyMatch(Property::deprecated)).orElse(false);
  }
}
