package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.generate.EmitContext;
import dev.specgen.generate.GeneratedFile;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Specs, generation runs and compilation for the docs tests. */
final class DocsTestKit {

  static final Path ROOT = Path.of(System.getProperty("specgen.repo.root", "..")).toAbsolutePath().normalize();
  static final Path SPECS = ROOT.resolve("specs");
  static final Path REAL_SPECS = ROOT.resolve("../shared/real-specs").normalize();
  static final List<String> FLAGSHIPS = List.of("front.yaml", "chatwoot.yaml", "highlevel.yaml", "inquirly.yaml");
  static final List<String> REAL = List.of(
      "chatwoot/swagger.json", "highlevel/apps/conversations.json", "highlevel/apps/contacts.json");
  /** The base package the flagship specs are generated into, as the README's main job does. */
  static final String BASE_PACKAGE = "com.example.conversations";

  private DocsTestKit() {}

  static Path flagship(String file) {
    return SPECS.resolve(file);
  }

  static Path real(String file) {
    return REAL_SPECS.resolve(file);
  }

  static LoadOptions realOptions() {
    return LoadOptions.defaults().withRefRoot(REAL_SPECS);
  }

  static ApiModel load(Path spec, LoadOptions options) {
    LoadResult result = new SpecLoader(options).loadFile(spec);
    assertThat(result.diagnostics().hasErrors()).as("errors loading %s: %s", spec, result.diagnostics().all()).isFalse();
    return result.model().orElseThrow();
  }

  static ApiModel flagshipModel(String file) {
    return load(flagship(file), LoadOptions.defaults());
  }

  /** The package a flagship spec's code goes to: {@code com.example.conversations.front}. */
  static String flagshipPackage(String file) {
    return BASE_PACKAGE + "." + PackageNames.segmentFor(Path.of(file));
  }

  /** The docs emitter's files for a flagship spec: Markdown docs and snippets (no HTML reference). */
  static List<GeneratedFile> flagshipDocs(String file) {
    return new DocsEmitter(false).emit(flagshipModel(file),
        new EmitContext(flagshipPackage(file), flagship(file), true));
  }

  /**
   * A generation run of every emitter into {@code out} ({@code java}, {@code docs} and {@code
   * snippets} folders), as the command line does it.
   */
  static GenerationResult generate(List<Path> specs, LoadOptions load, Path out) {
    List<SpecInput> inputs = PackageNames.assign(specs, Optional.of(BASE_PACKAGE));
    GeneratorOptions options = GeneratorOptions.sourcesOnly(inputs, out.resolve("java"))
        .withDocs(out.resolve("docs"))
        .withSnippets(out.resolve("snippets"))
        .withLoad(load);
    GenerationResult result = new Generator().generate(options);
    assertThat(result.hasErrors()).as("generation failed: %s", result.diagnostics()).isFalse();
    return result;
  }

  static List<Path> files(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the run produced model classes: until the model emitter is part of the run, generated
   * clients cannot compile, and tests that compile them are skipped.
   */
  static boolean hasModels(Path out, String modelClassPath) {
    return Files.exists(out.resolve("java").resolve(modelClassPath));
  }

  /** Compiles {@code sources} into {@code classes} against the test's classpath; fails with javac's errors. */
  static void compile(List<Path> sources, Path classes) {
    compile(sources, classes, System.getProperty("java.class.path"));
  }

  /** Compiles {@code sources} into {@code classes} against {@code classpath}; fails with javac's errors. */
  static void compile(List<Path> sources, Path classes, String classpath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-nowarn",
          "-classpath", classpath, "-d", classes.toString());
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(
          sources.stream().map(Path::toFile).toList());
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add((d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
              + d.getMessage(Locale.ROOT));
        }
      }
      assertThat(errors).as("javac errors").isEmpty();
      assertThat(ok).as("javac result").isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

}
