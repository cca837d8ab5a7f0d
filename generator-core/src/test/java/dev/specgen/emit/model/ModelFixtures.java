package dev.specgen.emit.model;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.List;

/** The model tests' short names for {@link SpecgenTestKit}, and compiling with warnings checked. */
final class ModelFixtures {

  private ModelFixtures() {}

  static Path repoRoot() {
    return SpecgenTestKit.repoRoot();
  }

  static Path testResources() {
    return SpecgenTestKit.testResources();
  }

  static LoadResult load(Path spec, LoadOptions options) {
    return SpecgenTestKit.load(spec, options);
  }

  static ApiModel loadModel(Path spec) {
    return SpecgenTestKit.loadModel(spec);
  }

  /** The model files the generator emits for {@code model} in {@code packageName} (models only). */
  static List<GeneratedFile> emit(ApiModel model, String packageName) {
    return SpecgenTestKit.sources(model, packageName, false);
  }

  /** Compiles {@code files} in one compiler run; fails the test on a compile error. */
  static InMemoryCompiler.Compilation compile(List<GeneratedFile> files) {
    return InMemoryCompiler.create().compileFiles(files).assertSucceeded();
  }
}
