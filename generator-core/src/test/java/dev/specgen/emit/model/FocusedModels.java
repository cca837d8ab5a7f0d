package dev.specgen.emit.model;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.naming.SpecSegments;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The models of every focused spec ({@code src/test/resources/specs/models/*.yaml}), each in
 * package {@code dev.specgen.models.<name>}, compiled in one compiler run together with whatever
 * extra sources a test adds (code that uses the models the way a user would).
 */
final class FocusedModels {

  static final String PACKAGE = "dev.specgen.models";

  private FocusedModels() {}

  /** The package of the models of {@code specs/models/<fileName>}: {@code name-torture.yaml} to {@code ...nametorture}. */
  static String packageOf(String fileName) {
    return PACKAGE + "." + SpecSegments.of(Path.of(fileName));
  }

  /** Compiles every focused spec's models and {@code extraSources} (by relative path). */
  static InMemoryCompiler.Compilation compile(Map<String, String> extraSources) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Path spec : specs()) {
      List<GeneratedFile> files = SpecgenTestKit.sources(SpecgenTestKit.loadModel(spec), packageOf(spec.getFileName().toString()), false);
      files.forEach(f -> sources.put(f.relativePath(), f.content()));
    }
    sources.putAll(extraSources);
    return InMemoryCompiler.create().compile(sources).assertSucceeded();
  }

  static List<Path> specs() {
    try (Stream<Path> files = Files.list(SpecgenTestKit.testResources().resolve("specs/models"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
