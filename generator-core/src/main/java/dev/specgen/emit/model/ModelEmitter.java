package dev.specgen.emit.model;

import com.palantir.javapoet.TypeSpec;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.PoolTasks;
import dev.specgen.emit.Emitter;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.JavaFiles;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits a Java 17 source file for every named type of an API: objects as records with builders
 * ({@link RecordEmitter}), enums as forward-compatible value classes ({@link EnumEmitter}), unions
 * as sealed interfaces ({@link UnionEmitter}). Models refer to {@code jackson-annotations} and to the
 * runtime's {@code dev.specgen.runtime.model} support. The same model gives byte-identical files.
 */
public final class ModelEmitter implements Emitter {

  // Emits: <package>/package-info.java, <package>/Conversation.java, ...
  @Override
  public List<GeneratedFile> emit(ApiModel model, EmitContext context) {
    List<GeneratedFile> files = new ArrayList<>();
    // @NullMarked: also for the client alone, which shares the package
    files.add(JavaFiles.packageInfo(GeneratedFile.Target.SOURCES, context.packageName(),
        "The API's client and models; types are not {@code null} unless marked {@code @Nullable}.",
        context.specName()));
    if (model.types().isEmpty()) {
      return files;
    }
    ModelContext models = new ModelContext(model, context);
    files.addAll(typeFiles(model.types(), models, context));
    return files;
  }

  /**
   * The file of each type, in order, each type a task of its own: a spec with hundreds of models
   * then does not keep one thread busy while the others have finished the client.
   */
  private static List<GeneratedFile> typeFiles(List<TypeDef> types, ModelContext models, EmitContext context) {
    return PoolTasks.map(types, type -> typeFile(type, models, context));
  }

  private static GeneratedFile typeFile(TypeDef type, ModelContext models, EmitContext context) {
    return models.file(typeSpec(type, models), context.sourceOf(type.origin()));
  }

  private static TypeSpec typeSpec(TypeDef type, ModelContext models) {
    if (type instanceof TypeDef.ObjectType object) {
      return new RecordEmitter(models).emit(object);
    }
    if (type instanceof TypeDef.EnumType enumType) {
      return new EnumEmitter(models).emit(enumType);
    }
    return new UnionEmitter(models).emit((TypeDef.UnionType) type);
  }
}
