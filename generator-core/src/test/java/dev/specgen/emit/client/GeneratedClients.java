package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.model.ModelEmitter;
import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import dev.specgen.testing.InMemoryCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates a spec's models and client, compiles them with test code, and loads the result. */
final class GeneratedClients {

  private GeneratedClients() {}

  static Path repoRoot() {
    return Path.of(System.getProperty("specgen.repo.root", "..")).toAbsolutePath().normalize();
  }

  static Path flagship(String file) {
    return repoRoot().resolve("specs").resolve(file);
  }

  static Path realSpecs() {
    return repoRoot().resolve("../shared/real-specs").normalize();
  }

  static ApiModel load(Path spec, LoadOptions options) {
    LoadResult result = new SpecLoader(options).loadFile(spec);
    assertThat(result.diagnostics().errors()).as("errors in %s", spec).isEmpty();
    return result.model().orElseThrow();
  }

  /** The model and client sources of {@code model} in {@code packageName}. */
  static List<GeneratedFile> emit(ApiModel model, String packageName) {
    EmitContext context = new EmitContext(packageName, model.sourceFile(), true);
    List<GeneratedFile> files = new ArrayList<>(new ModelEmitter().emit(model, context));
    files.addAll(new ClientEmitter().emit(model, context));
    return files;
  }

  /**
   * Compiles the generated code of {@code spec} with {@code testSources} (source text by relative
   * path, e.g. {@code test/front/Scenario.java}) and returns the compilation, failing on any error.
   */
  static InMemoryCompiler.Compilation compile(Path spec, String packageName, Map<String, String> testSources) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (GeneratedFile file : emit(load(spec, LoadOptions.defaults()), packageName)) {
      sources.put(file.relativePath(), file.content());
    }
    sources.putAll(testSources);
    return InMemoryCompiler.create().compile(sources).assertSucceeded();
  }
}
