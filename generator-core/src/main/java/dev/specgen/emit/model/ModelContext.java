package dev.specgen.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.JavaTypes;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the model emitters share for one API: its package and types, the runtime classes models
 * call, and how a type becomes a file.
 */
final class ModelContext {

  private final EmitContext context;
  private final Map<String, TypeDef> types;
  private final JavaTypes javaTypes;
  private final List<String> clashingNames;
  private final Map<String, Map<String, String>> presetDiscriminators;

  /** The runtime package generated models call. */
  private static final String RUNTIME_MODEL = "dev.specgen.runtime.model";

  private static final ClassName SUPPORT = ClassName.get(RUNTIME_MODEL, "ModelSupport");

  /** The runtime classes models refer to by simple name: a package type of one of these names makes them qualified. */
  private static final List<String> RUNTIME_NAMES = List.of("ModelSupport", "UnionJson", "ExplicitNulls", "TypeReference");

  /** The JDK packages whose classes generated models refer to. */
  private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.util", "java.util.function",
      "java.time", "java.math", "javax.annotation.processing");

  ModelContext(ApiModel model, EmitContext context) {
    this.context = context;
    this.types = model.typesByName();
    this.javaTypes = new JavaTypes(context.packageName());
    this.clashingNames = clashingNames(types.keySet());
    this.presetDiscriminators = presetDiscriminators(types);
  }

  /** The Java type of a use of a type. */
  TypeName javaType(TypeRef type) {
    return javaTypes.of(type);
  }

  ClassName className(TypeDef type) {
    return javaTypes.named(type.name());
  }

  /**
   * The discriminator values an object's builder starts with, by property wire name: a record that
   * is a variant of discriminated unions carries the value that selects it ({@code Cat.builder()}
   * starts with {@code petType = "cat"}), so that no caller sets it by hand. Left out when two
   * unions would select the record by different values.
   */
  Map<String, String> presetDiscriminators(TypeDef.ObjectType object) {
    return presetDiscriminators.getOrDefault(object.name(), Map.of());
  }

  /**
   * {@link #presetDiscriminators} of every record, by record name, found in one pass over the
   * unions: asked for each property of each record, a pass per question grew with the square of
   * the spec's size.
   */
  private static Map<String, Map<String, String>> presetDiscriminators(Map<String, TypeDef> types) {
    Map<String, Map<String, String>> presets = new HashMap<>();
    Map<String, Set<String>> conflicting = new HashMap<>();
    for (TypeDef type : types.values()) {
      if (type instanceof TypeDef.UnionType union && union.discriminator().isPresent()) {
        String property = union.discriminator().get().propertyName();
        for (TypeDef.UnionVariant variant : union.variants()) {
          if (variant.type() instanceof TypeRef.Named named && !variant.discriminatorValues().isEmpty()) {
            String tag = variant.discriminatorValues().get(0);
            Map<String, String> own = presets.computeIfAbsent(named.name(), n -> new LinkedHashMap<>());
            if (own.containsKey(property) && !own.get(property).equals(tag)) {
              conflicting.computeIfAbsent(named.name(), n -> new HashSet<>()).add(property);
            }
            own.putIfAbsent(property, tag);
          }
        }
      }
    }
    conflicting.forEach((name, properties) -> properties.forEach(presets.get(name)::remove));
    return presets;
  }

  /** The simple names a union's nested types must not take: every model and the runtime classes models use. */
  List<String> packageClassNames() {
    List<String> names = new ArrayList<>(types.keySet());
    names.addAll(RUNTIME_NAMES);
    return names;
  }

  Optional<TypeDef> typeDef(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /**
   * Whether {@code type} refers to another type the spec deprecates; its generated code then
   * suppresses the deprecation warnings that the reference would cause in users' builds.
   */
  boolean usesDeprecatedType(TypeDef type) {
    List<TypeRef> uses = new ArrayList<>();
    if (type instanceof TypeDef.ObjectType object) {
      object.properties().forEach(p -> uses.add(p.type()));
      object.additionalProperties().ifPresent(uses::add);
    } else if (type instanceof TypeDef.UnionType union) {
      union.variants().forEach(v -> uses.add(v.type()));
    }
    return uses.stream().anyMatch(use -> refersToDeprecated(use, type.name()));
  }

  private boolean refersToDeprecated(TypeRef use, String self) {
    if (use instanceof TypeRef.ArrayOf array) {
      return refersToDeprecated(array.items(), self);
    }
    if (use instanceof TypeRef.MapOf map) {
      return refersToDeprecated(map.values(), self);
    }
    return use instanceof TypeRef.Named named && !named.name().equals(self)
        && types.get(named.name()) instanceof TypeDef.ObjectType object && object.deprecated();
  }

  /** {@code @SuppressWarnings("deprecation")} */
  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
  }

  /** The runtime's class of helpers that generated models call. */
  ClassName support() {
    return SUPPORT;
  }

  /** The runtime's class a union's delegating creator takes: the JSON being read, as a tree. */
  static ClassName unionJson() {
    return ClassName.get(RUNTIME_MODEL, "UnionJson");
  }

  /** The runtime's annotation naming a record's nullable properties, whose explicit nulls are kept. */
  static ClassName explicitNulls() {
    return ClassName.get(RUNTIME_MODEL, "ExplicitNulls");
  }

  /**
   * A top-level type's builder, told to qualify every class whose simple name a type of the
   * package has (a schema named {@code UUID} or {@code JsonProperty}): no import then shadows a
   * model, and no model a JDK or Jackson class. Only names that clash are given, so the cost does
   * not grow with the number of types.
   */
  TypeSpec.Builder topLevel(TypeSpec.Builder type) {
    clashingNames.forEach(type::alwaysQualify);
    return type;
  }

  /** The file of a top-level type built with {@link #topLevel}. */
  GeneratedFile file(TypeSpec type, String source) {
    return JavaFiles.file(GeneratedFile.Target.SOURCES, context.packageName(), type, source);
  }

  /** Package types named like a class generated code may refer to. */
  private static List<String> clashingNames(Iterable<String> packageTypes) {
    List<String> clashes = new ArrayList<>();
    try (JdkClasses jdk = new JdkClasses(JDK_PACKAGES)) {
      for (String name : packageTypes) {
        if (JacksonAnnotations.SIMPLE_NAMES.contains(name) || RUNTIME_NAMES.contains(name) || jdk.has(name)) {
          clashes.add(name);
        }
      }
    }
    return clashes;
  }

}
