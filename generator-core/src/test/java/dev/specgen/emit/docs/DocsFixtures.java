package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.naming.SpecSegments;
import dev.specgen.testing.SpecgenTestKit;
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

/**
 * What only the docs tests need on top of {@link SpecgenTestKit} (which loads and generates): the
 * specs they cover and the package those go to, reading a run's output folders, and compiling
 * snippets with javac onto disk.
 */
final class DocsFixtures {

  static final List<String> FLAGSHIPS = List.of("front.yaml", "chatwoot.yaml", "highlevel.yaml", "inquirly.yaml");
  static final List<String> REAL = List.of(
      "chatwoot/swagger.json", "highlevel/apps/conversations.json", "highlevel/apps/contacts.json");
  /** The base package the flagship specs are generated into, as the README's main job does. */
  static final String BASE_PACKAGE = "com.example.conversations";

  private DocsFixtures() {}

  /** The package a flagship spec's code goes to: {@code com.example.conversations.front}. */
  static String flagshipPackage(String file) {
    return BASE_PACKAGE + "." + SpecSegments.of(Path.of(file));
  }

  /** The docs emitter's files for a flagship spec: Markdown docs and snippets (no HTML reference). */
  static List<GeneratedFile> flagshipDocs(String file) {
    Path spec = SpecgenTestKit.flagshipSpec(file);
    return new DocsEmitter(false).emit(SpecgenTestKit.loadModel(spec),
        new EmitContext(flagshipPackage(file), spec, true));
  }

  /** The run's inputs for {@code specs}: each in its package under {@link #BASE_PACKAGE}. */
  static List<SpecInput> packages(List<Path> specs) {
    return PackageNames.assign(specs, Optional.of(BASE_PACKAGE));
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
   * Fails the test unless the run in {@code out} wrote the model class at {@code modelClassPath}
   * (under {@code out/java}): a run without models must fail the tests that compile its clients,
   * never skip them.
   */
  static void requireModel(Path out, String modelClassPath) {
    assertThat(out.resolve("java").resolve(modelClassPath)).as("a model class the run must write")
        .isRegularFile();
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
