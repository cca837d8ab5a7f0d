package dev.specgen.emit.model;

import dev.specgen.emit.JavaFiles;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.JavaTypes;
import dev.specgen.generate.EmitContext;
import dev.specgen.generate.GeneratedFile;
import dev.specgen.generate.PackageNames;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the model emitters share for one API: its package and types, the name of the package's
 * support class, and how a type becomes a file.
 */
final class ModelContext {

  /** The support class's name unless a model type already has it. */
  static final String SUPPORT_NAME = "ModelSupport";

  private final EmitContext context;
  private final Map<String, TypeDef> types;
  private final JavaTypes javaTypes;
  private final ClassName support;
  private final String[] topLevelNames;

  ModelContext(ApiModel model, EmitContext context) {
    this.context = context;
    this.types = model.typesByName();
    this.javaTypes = new JavaTypes(context.packageName());
    NameScope names = new NameScope();
    types.keySet().forEach(names::reserve);
    this.support = ClassName.get(context.packageName(), names.allocate(SUPPORT_NAME));
    this.topLevelNames = types.keySet().stream().sorted().toArray(String[]::new);
  }

  /** The Java type of a use of a type. */
  TypeName javaType(TypeRef type) {
    return javaTypes.of(type);
  }

  ClassName className(TypeDef type) {
    return javaTypes.named(type.name());
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

  /** The package-private class of helpers that the models of this package call. */
  ClassName support() {
    return support;
  }

  /**
   * A top-level type's builder, told to qualify every other class whose simple name a type of the
   * package has (say a schema named {@code UUID} or {@code JsonProperty}): no import then shadows a
   * model, and no model a JDK or Jackson class.
   */
  TypeSpec.Builder topLevel(TypeSpec.Builder type) {
    // One name per call: JavaPoet renders the whole array into a message for every element it
    // checks, which made this quadratic in the number of types.
    for (String name : topLevelNames) {
      type.alwaysQualify(name);
    }
    return type.alwaysQualify(support.simpleName());
  }

  /** The file of a top-level type built with {@link #topLevel}. */
  GeneratedFile file(TypeSpec type, String source) {
    String path = PackageNames.toPath(context.packageName()) + "/" + type.name() + ".java";
    return new GeneratedFile(GeneratedFile.Target.SOURCES, path,
        JavaFiles.render(context.packageName(), type, source));
  }

}
