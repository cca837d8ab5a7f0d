package dev.specgen.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import dev.specgen.testing.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loading specs, emitting their models and finding the project's folders, for the model tests. */
final class ModelFixtures {

  private ModelFixtures() {}

  /** The reactor root, which surefire passes as {@code specgen.repo.root}. */
  static Path repoRoot() {
    String root = System.getProperty("specgen.repo.root");
    if (root != null && !root.isBlank() && !root.contains("${")) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("generator-core")) ? here : here.getParent();
  }

  /** {@code generator-core/src/test/resources}. */
  static Path testResources() {
    return repoRoot().resolve("generator-core/src/test/resources");
  }

  /** The shared folder beside the repository: real-world specs and the seeds. */
  static Path shared() {
    return repoRoot().resolve("../shared").normalize();
  }

  /** Loads {@code spec}; fails the test on any error. */
  static LoadResult load(Path spec, LoadOptions options) {
    LoadResult result = new SpecLoader(options).loadFile(spec);
    assertThat(result.diagnostics().errors()).as("errors loading %s", spec).isEmpty();
    return result;
  }

  static ApiModel loadModel(Path spec) {
    return load(spec, LoadOptions.defaults()).model().orElseThrow();
  }

  /** The model files of {@code model} in {@code packageName}. */
  static List<GeneratedFile> emit(ApiModel model, String packageName) {
    return new ModelEmitter().emit(model, new EmitContext(packageName, model.sourceFile(), false));
  }

  /** Compiles {@code files} in one compiler run; fails the test on a compile error. */
  static InMemoryCompiler.Compilation compile(List<GeneratedFile> files) {
    return InMemoryCompiler.create().compileFiles(files).assertSucceeded();
  }
}
