package dev.specgen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
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
 * The one way tests find the project's files and run Specgen. Everything goes through the real
 * {@link Generator}, so a test sees what a user's build would get:
 *
 * <ul>
 *   <li>{@link #repoRoot()}, {@link #flagshipSpec}, {@link #testResources()}: where things are;
 *   <li>{@link #realSpecs()}: the published real-world specs in {@code ../shared/real-specs}, or
 *       the calling test is skipped with one message naming that folder when it is absent (a clone
 *       of the project alone); CI always has it, and {@code .ci/run} refuses to run without it;
 *   <li>{@link #load}: a spec's model, failing the test on any error;
 *   <li>{@link #sources}: the sources the generator emits for a model (models, and clients unless
 *       models only), in memory;
 *   <li>{@link #compileClient}: a spec's generated models and client compiled with test code;
 *   <li>{@link #generate}: a whole run onto disk (sources, docs, snippets), failing on errors.
 * </ul>
 */
public final class SpecgenTestKit {

  /** The base package {@link #generateAndCompile} gives its specs. */
  public static final String CORPUS_PACKAGE = "realworld";


  /** Where the published real-world specs are, relative to the repository. */
  public static final String REAL_SPECS = "../shared/real-specs";

  private SpecgenTestKit() {}

  /** The reactor root: surefire passes it as {@code specgen.repo.root}; else the folder above. */
  public static Path repoRoot() {
    String root = System.getProperty("specgen.repo.root");
    if (root != null && !root.isBlank() && !root.contains("${")) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("generator-core")) ? here : here.getParent();
  }

  /** A flagship spec of the repository: {@code specs/front.yaml}. */
  public static Path flagshipSpec(String fileName) {
    return repoRoot().resolve("specs").resolve(fileName);
  }

  /** {@code generator-core/src/test/resources}. */
  public static Path testResources() {
    return repoRoot().resolve("generator-core/src/test/resources");
  }

  /**
   * {@code ../shared/real-specs}; when it is absent the calling test is skipped (not failed), with
   * a message that names the folder.
   */
  public static Path realSpecs() {
    Path folder = repoRoot().resolve(REAL_SPECS).normalize();
    assumeTrue(Files.isDirectory(folder), () -> "skipped: " + REAL_SPECS + " (" + folder
        + ") is not beside the repository; tests of the published real-world specs need it");
    return folder;
  }

  /** Loads {@code spec}; fails the test on any error. */
  public static LoadResult load(Path spec, LoadOptions options) {
    LoadResult result = new SpecLoader(options).loadFile(spec);
    assertThat(result.diagnostics().errors()).as("errors loading %s", spec).isEmpty();
    return result;
  }

  /** The model of {@code spec} loaded with the default options; fails the test on any error. */
  public static ApiModel loadModel(Path spec) {
    return load(spec, LoadOptions.defaults()).model().orElseThrow();
  }

  /**
   * The source files the generator emits for {@code model} into {@code packageName}: models, and
   * clients unless {@code clients} is false. Nothing is written.
   */
  public static List<GeneratedFile> sources(ApiModel model, String packageName, boolean clients) {
    List<SpecInput> input = List.of(new SpecInput(model.sourceFile(), packageName));
    GeneratorOptions options = GeneratorOptions.sourcesOnly(input, Path.of("unused"))
        .withGenerateClients(clients);
    return new Generator().emit(model, input.get(0), options)
        .getOrDefault(GeneratedFile.Target.SOURCES, List.of());
  }

  /**
   * Compiles the generated models and client of {@code spec} in {@code packageName} with {@code
   * testSources} (source text by relative path, e.g. {@code test/front/Scenario.java}); fails the
   * test on any error.
   */
  public static InMemoryCompiler.Compilation compileClient(Path spec, String packageName,
      Map<String, String> testSources) {
    Map<String, String> compiled = new LinkedHashMap<>();
    for (GeneratedFile file : sources(loadModel(spec), packageName, true)) {
      compiled.put(file.relativePath(), file.content());
    }
    compiled.putAll(testSources);
    return InMemoryCompiler.create().compile(compiled).assertSucceeded();
  }

  /**
   * A whole run into {@code out}: sources in {@code out/java}, docs in {@code out/docs}, snippets
   * in {@code out/snippets}, as the command line lays them out. Fails the test when a spec has
   * errors.
   */
  public static GenerationResult generate(List<SpecInput> specs, LoadOptions load, Path out) {
    GeneratorOptions options = GeneratorOptions.sourcesOnly(specs, out.resolve("java"))
        .withDocs(out.resolve("docs"))
        .withSnippets(out.resolve("snippets"))
        .withLoad(load);
    GenerationResult result = new Generator().generate(options);
    assertThat(result.hasErrors()).as("generation failed: %s", result.diagnostics()).isFalse();
    assertThat(result.filesWritten()).as("files written").isPositive();
    return result;
  }

  /**
   * Generates models and clients of {@code specs} (several specs get a package each, {@code
   * realworld.<file name>} by the generator's package rule) into {@code out/java} and compiles all of
   * it in one compiler run: the check that a spec Specgen accepts gives code that compiles.
   *
   * @throws AssertionError when the generator reports an error
   */
  public static InMemoryCompiler.Compilation generateAndCompile(List<Path> specs, Path out,
      LoadOptions load) {
    Path sources = out.resolve("java");
    GenerationResult result = new Generator().generate(
        GeneratorOptions.sourcesOnly(PackageNames.assign(specs, Optional.of(CORPUS_PACKAGE)), sources)
            .withLoad(load));
    assertThat(result.hasErrors()).as("generation failed: %s", result.diagnostics()).isFalse();
    return InMemoryCompiler.create().compile(javaSources(sources));
  }

  /** Every {@code .java} file under {@code root}, by its path relative to it, in path order. */
  public static Map<String, String> javaSources(Path root) {
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
