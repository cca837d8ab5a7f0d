package dev.specgen.read;

import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.testing.InMemoryCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the real generator on specs and compiles everything it wrote in one compiler run: the check
 * that a spec Specgen accepts gives code that compiles.
 */
final class CompiledSpecs {

  private CompiledSpecs() {}

  /**
   * Generates models and clients of {@code specs} (several specs get a package each, named after
   * their files) into {@code out} and compiles all of it together.
   *
   * @throws AssertionError when the generator reports an error
   */
  static InMemoryCompiler.Compilation generateAndCompile(List<Path> specs, Path out, LoadOptions load) {
    List<SpecInput> inputs = PackageNames.assign(specs, Optional.of("realworld"));
    Path sources = out.resolve("java");
    GenerationResult result = new Generator().generate(
        GeneratorOptions.sourcesOnly(inputs, sources).withLoad(load));
    if (result.hasErrors()) {
      throw new AssertionError("generation failed: " + result.diagnostics());
    }
    return InMemoryCompiler.create().compile(javaSources(sources));
  }

  /** Every {@code .java} file under {@code root}, by path relative to it. */
  static Map<String, String> javaSources(Path root) {
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }
}
