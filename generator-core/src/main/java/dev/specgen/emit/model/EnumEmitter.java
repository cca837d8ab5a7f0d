package dev.specgen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumKind;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.naming.NameScope;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits an enum as a forward-compatible value class: a final class with a constant per known
 * value, which also reads values the spec does not list (a provider adding a status tomorrow),
 * exposes them raw and writes them back unchanged. {@link #UNKNOWN} in the nested {@code Known}
 * enum stands for all of them, so that known values work in a {@code switch}.
 */
final class EnumEmitter {

  /**
   * The {@code Known} constant of values the spec does not list. IR constant names never start
   * with an underscore followed by a letter, so it cannot collide with one.
   */
  static final String UNKNOWN = "_UNKNOWN";

  /** The runtime base class of enums whose values are objects. */
  private static final ClassName OPEN_ENUM = ClassName.get("dev.specgen.runtime.model", "OpenEnum");

  private final ModelContext models;

  EnumEmitter(ModelContext models) {
    this.models = models;
  }

  /** The parts of one enum's class that depend on its names and value type. */
  private record Shape(ClassName name, ClassName known, String knownValues, TypeName valueType) {

    boolean primitive() {
      return valueType.isPrimitive();
    }
  }

  // Emits:
  //   @Generated(...) public final class ConversationStatus extends OpenEnum<String, ConversationStatus.Known> {
  //     public static final ConversationStatus ASSIGNED = new ConversationStatus("assigned", Known.ASSIGNED);
  //     private static final List<ConversationStatus> KNOWN_VALUES = List.of(ASSIGNED, ...);
  //     private ConversationStatus(String value, Known known) { super(value, known); }
  //     @JsonCreator(mode = DELEGATING) public static ConversationStatus of(String value) { ... }
  //     public static List<ConversationStatus> values() { ... }
  //     public enum Known { ASSIGNED, ..., _UNKNOWN }
  //   }
  // The runtime's OpenEnum holds the value and gives value(), known(), isKnown(), equals,
  // hashCode and toString. Integer enums that fit a long keep those members in the class, so
  // that value() returns a primitive long.
  TypeSpec emit(EnumType type) {
    Shape shape = shape(type);
    TypeSpec.Builder spec = models.topLevel(TypeSpec.classBuilder(shape.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(javadoc(type, shape))
        .addAnnotation(JacksonAnnotations.generated());
    for (EnumConstant constant : type.constants()) {
      spec.addField(constantField(constant, shape));
    }
    spec.addField(knownValuesField(type, shape));
    if (!shape.primitive()) {
      return spec.superclass(ParameterizedTypeName.get(OPEN_ENUM, shape.valueType(), shape.known()))
          .addMethod(superConstructor(shape))
          .addMethod(lookupMethod(shape))
          .addMethod(valuesMethod(shape))
          .addType(knownEnum(type, shape))
          .build();
    }
    return spec.addField(shape.valueType(), "value", Modifier.PRIVATE, Modifier.FINAL)
        .addField(shape.known(), "known", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor(shape))
        .addMethod(ofMethod(shape))
        .addMethod(valuesMethod(shape))
        .addMethod(valueMethod(shape))
        .addMethod(isKnownMethod(shape))
        .addMethod(knownMethod(shape))
        .addMethod(equalsMethod(shape))
        .addMethod(hashCodeMethod(shape))
        .addMethod(toStringMethod(shape))
        .addType(knownEnum(type, shape))
        .build();
  }

  private Shape shape(EnumType type) {
    ClassName name = models.className(type);
    NameScope nested = new NameScope();
    nested.reserve(type.name());
    NameScope fields = new NameScope("_");
    type.constants().forEach(c -> fields.reserve(c.javaName()));
    return new Shape(name, name.nestedClass(nested.allocate("Known")), fields.allocate("KNOWN_VALUES"),
        valueType(type));
  }

  /** {@code String}, {@code long} for integers, or {@code BigInteger} when a value needs it. */
  private static TypeName valueType(EnumType type) {
    if (type.kind() == EnumKind.STRING) {
      return ClassName.get(String.class);
    }
    boolean fitsLong = type.constants().stream().allMatch(c -> ((BigInteger) c.wireValue()).bitLength() < 64);
    return fitsLong ? TypeName.LONG : ClassName.get(BigInteger.class);
  }

  private static CodeBlock javadoc(EnumType type, Shape shape) {
    if (type.description().isBlank()) {
      return CodeBlock.of("");
    }
    return CodeBlock.of("$L\n", ModelDocs.wrap(ModelDocs.text(type.description()), ModelDocs.TYPE_WIDTH, ""));
  }

  // Emits: /** {@code "assigned"} */ public static final ConversationStatus ASSIGNED = new ConversationStatus("assigned", Known.ASSIGNED);
  private static FieldSpec constantField(EnumConstant constant, Shape shape) {
    FieldSpec.Builder field = FieldSpec.builder(shape.name(), constant.javaName(),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($L, $T.$N)", shape.name(), literal(constant, shape), shape.known(),
            constant.javaName());
    if (!constant.description().isBlank()) {
      field.addJavadoc("$L\n", ModelDocs.wrap(ModelDocs.inline(constant.description()), ModelDocs.MEMBER_WIDTH, ""));
    }
    return field.build();
  }

  /** {@code "assigned"}, {@code 3L}, or {@code new BigInteger("...")}. */
  private static CodeBlock literal(EnumConstant constant, Shape shape) {
    if (constant.wireValue() instanceof String text) {
      return CodeBlock.of("$S", text);
    }
    return shape.primitive()
        ? CodeBlock.of("$LL", constant.wireValue())
        : CodeBlock.of("new $T($S)", BigInteger.class, constant.wireValue().toString());
  }

  private static FieldSpec knownValuesField(EnumType type, Shape shape) {
    CodeBlock constants = type.constants().stream()
        .map(c -> CodeBlock.of("$N", c.javaName()))
        .collect(CodeBlock.joining(", "));
    return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), shape.name()),
            shape.knownValues(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", List.class, constants)
        .build();
  }

  private static MethodSpec constructor(Shape shape) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(shape.valueType(), "value")
        .addParameter(shape.known(), "known")
        .addStatement("this.value = value")
        .addStatement("this.known = known")
        .build();
  }

  private static MethodSpec superConstructor(Shape shape) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(shape.valueType(), "value")
        .addParameter(shape.known(), "known")
        .addStatement("super(value, known)")
        .build();
  }

  // Emits:
  //   @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  //   public static ConversationStatus of(String value) {
  //     return lookup(KNOWN_VALUES, value, unknown -> new ConversationStatus(unknown, Known._UNKNOWN));
  //   }
  private static MethodSpec lookupMethod(Shape shape) {
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(JacksonAnnotations.delegatingCreator())
        .returns(shape.name())
        .addParameter(shape.valueType(), "value")
        .addJavadoc("The constant for this value, or a new instance of a value the spec does not list.\n")
        .addStatement("return lookup($N, value, unknown -> new $T(unknown, $T.$N))", shape.knownValues(),
            shape.name(), shape.known(), UNKNOWN)
        .build();
  }

  // Emits:
  //   @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  //   public static ConversationStatus of(String value) {
  //     for (ConversationStatus candidate : KNOWN_VALUES) { if (candidate.value.equals(value)) return candidate; }
  //     return new ConversationStatus(value, Known._UNKNOWN);
  //   }
  private static MethodSpec ofMethod(Shape shape) {
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(JacksonAnnotations.delegatingCreator())
        .returns(shape.name())
        .addParameter(shape.valueType(), "value")
        .addJavadoc("The constant for this value, or a new instance of a value the spec does not list.\n");
    if (!shape.primitive()) {
      of.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
    }
    return of.beginControlFlow("for ($T candidate : $N)", shape.name(), shape.knownValues())
        .beginControlFlow(shape.primitive() ? "if (candidate.value == value)" : "if (candidate.value.equals(value))")
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(value, $T.$N)", shape.name(), shape.known(), UNKNOWN)
        .build();
  }

  private static MethodSpec valuesMethod(Shape shape) {
    return MethodSpec.methodBuilder("values")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), shape.name()))
        .addJavadoc("The values the spec lists, in its order.\n")
        .addStatement("return $N", shape.knownValues())
        .build();
  }

  private static MethodSpec valueMethod(Shape shape) {
    return MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(JacksonAnnotations.jsonValue())
        .returns(shape.valueType())
        .addStatement("return value")
        .build();
  }

  private static MethodSpec isKnownMethod(Shape shape) {
    return MethodSpec.methodBuilder("isKnown")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return known != $T.$N", shape.known(), UNKNOWN)
        .build();
  }

  private static MethodSpec knownMethod(Shape shape) {
    return MethodSpec.methodBuilder("known")
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.known())
        .addJavadoc("This value as a Java enum, to switch on; {@code $N} for a value the spec does not list.\n",
            UNKNOWN)
        .addStatement("return known")
        .build();
  }

  // Emits: @Override public boolean equals(Object other) { return other instanceof ConversationStatus that && value.equals(that.value); }
  private static MethodSpec equalsMethod(Shape shape) {
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Nullness.nullable(ClassName.OBJECT), "other")
        .addStatement(shape.primitive()
                ? "return other instanceof $T that && value == that.value"
                : "return other instanceof $T that && value.equals(that.value)",
            shape.name())
        .build();
  }

  private static MethodSpec hashCodeMethod(Shape shape) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement(shape.primitive() ? "return Long.hashCode(value)" : "return value.hashCode()")
        .build();
  }

  private static MethodSpec toStringMethod(Shape shape) {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return String.valueOf(value)")
        .build();
  }

  // Emits: public enum Known { ASSIGNED, UNASSIGNED, ..., _UNKNOWN }
  private static TypeSpec knownEnum(EnumType type, Shape shape) {
    TypeSpec.Builder known = TypeSpec.enumBuilder(shape.known())
        .addModifiers(Modifier.PUBLIC);
    for (EnumConstant constant : type.constants()) {
      known.addEnumConstant(constant.javaName());
    }
    return known.addEnumConstant(UNKNOWN).build();
  }
}
