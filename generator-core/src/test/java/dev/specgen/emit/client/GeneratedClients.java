package dev.specgen.emit.client;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates a spec's models and client, compiles them with test code, and loads the result. */
final class GeneratedClients {

  private GeneratedClients() {}

  static Path flagship(String file) {
    return SpecgenTestKit.flagshipSpec(file);
  }

  static ApiModel load(Path spec, LoadOptions options) {
    return SpecgenTestKit.load(spec, options).model().orElseThrow();
  }

  /** The model and client sources the generator emits for {@code model} in {@code packageName}. */
  static List<GeneratedFile> emit(ApiModel model, String packageName) {
    return SpecgenTestKit.sources(model, packageName, true);
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
