package dev.specgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile.Target;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code's Javadoc is clean: the JDK {@code javadoc} tool with {@code -Xdoclint:all,-missing}
 * reports no error and no warning over the generated sources (models, clients) and the docs'
 * snippet classes of the four flagship specs, of Chatwoot's published spec, and of two specs whose
 * descriptions use every Markdown construct and text meant to break comments. Generated code has
 * Javadoc only where it says something the signature does not, so doclint's {@code missing} group
 * is off; a wrong or broken comment still fails this test, as does spec text that leaks raw HTML,
 * a broken link or an unescaped {@code @}.
 */
class GeneratedJavadocTest {

  private static final List<String> FLAGSHIPS = List.of("front.yaml", "chatwoot.yaml", "highlevel.yaml", "inquirly.yaml");

  @Test
  void javadocReportsNothingOnTheFlagshipsAndHostileSpecs(@TempDir Path dir) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String flagship : FLAGSHIPS) {
      sources.addAll(write(SpecgenTestKit.flagshipSpec(flagship), LoadOptions.defaults(),
          "javadoc." + flagship.replace(".yaml", ""), dir.resolve("src")));
    }
    for (String hostile : List.of("javadoc/markdown.yaml", "models/hostile-text.yaml")) {
      sources.addAll(write(SpecgenTestKit.testResources().resolve("specs").resolve(hostile), LoadOptions.defaults(),
          "javadoc.test." + hostile.substring(hostile.indexOf('/') + 1, hostile.indexOf('.')).replace("-", ""),
          dir.resolve("src")));
    }
    assertJavadocReportsNothing(sources, dir.resolve("html"));
  }

  @Test
  void javadocReportsNothingOnChatwootsPublishedSpec(@TempDir Path dir) throws IOException {
    Path realSpecs = SpecgenTestKit.realSpecs(); // skips this test when ../shared is absent
    List<Path> sources = write(realSpecs.resolve("chatwoot/swagger.json"),
        LoadOptions.defaults().withRefRoot(realSpecs.resolve("chatwoot")), "javadoc.real.chatwoot", dir.resolve("src"));
    assertJavadocReportsNothing(sources, dir.resolve("html"));
  }

  private static void assertJavadocReportsNothing(List<Path> sources, Path out) throws IOException {
    long start = System.nanoTime();
    List<Diagnostic<? extends JavaFileObject>> reported = javadoc(sources, out);
    List<String> problems = reported.stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(GeneratedJavadocTest::format)
        .toList();
    System.out.printf("javadoc -Xdoclint:all,-missing over %d generated files: %d errors and warnings, %d ms%n",
        sources.size(), problems.size(), (System.nanoTime() - start) / 1_000_000);
    problems.forEach(System.out::println);
    assertThat(problems).as("javadoc errors and warnings (%d)", problems.size()).isEmpty();
  }

  /** Writes the sources and snippet classes of {@code spec} in {@code packageName} under {@code root}. */
  private static List<Path> write(Path spec, LoadOptions load, String packageName, Path root) throws IOException {
    ApiModel model = SpecgenTestKit.load(spec, load).model().orElseThrow();
    SpecInput input = new SpecInput(spec, packageName);
    GeneratorOptions options = GeneratorOptions.sourcesOnly(List.of(input), root)
        .withSnippets(root)
        .withHtmlReference(false)
        .withLoad(load);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Target, List<GeneratedFile>> target : new Generator().emit(model, input, options).entrySet()) {
      if (target.getKey() == Target.DOCS) {
        continue;
      }
      for (GeneratedFile file : target.getValue()) {
        Path path = root.resolve(file.relativePath());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.content(), StandardCharsets.UTF_8);
        written.add(path);
      }
    }
    return written;
  }

  private static List<Diagnostic<? extends JavaFileObject>> javadoc(List<Path> sources, Path out) throws IOException {
    DocumentationTool tool = Objects.requireNonNull(ToolProvider.getSystemDocumentationTool(),
        "no javadoc tool: run the tests on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // Every check (package-private helpers such as ModelSupport included), every report; and as few
      // pages as javadoc allows, since only the checks matter here.
      List<String> options = List.of("-Xdoclint:all,-missing", "-Xmaxwarns", "100000", "-Xmaxerrs", "100000",
          "-package", "-quiet", "--release", "17", "-encoding", "UTF-8", "-notree", "-noindex", "-nohelp",
          "-nodeprecatedlist", "--no-platform-links",
          "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
      Boolean ok = tool.getTask(output, files, diagnostics, null, options, files.getJavaFileObjectsFromPaths(sources))
          .call();
      if (!ok && diagnostics.getDiagnostics().isEmpty()) {
        throw new AssertionError("javadoc failed without diagnostics:\n" + output);
      }
    }
    return diagnostics.getDiagnostics();
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String source = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
    return d.getKind() + " " + source + d.getMessage(Locale.ROOT);
  }
}
