package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.generate.GenerationResult;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every snippet the docs show compiles together with the generated client and models: for the
 * flagship specs and for the published real-world specs, generated as the command line does it.
 */
class SnippetCompileTest {

  @TempDir Path dir;

  @Test
  void flagshipSnippetsCompile() {
    Path out = dir.resolve("flagships");
    SpecgenTestKit.generate(DocsFixtures.packages(DocsFixtures.FLAGSHIPS.stream().map(SpecgenTestKit::flagshipSpec).toList()),
        LoadOptions.defaults(), out);
    DocsFixtures.requireModel(out, "com/example/conversations/front/ConversationPage.java");

    int snippets = compile(out);

    System.out.printf("flagship specs: %d snippet classes compiled%n", snippets);
    assertThat(snippets).isEqualTo(4 + 4); // one per operation, one client set-up per spec
  }

  @Test
  void realSpecSnippetsCompile() {
    Path out = dir.resolve("real");
    GenerationResult result = SpecgenTestKit.generate(DocsFixtures.packages(DocsFixtures.REAL.stream().map(SpecgenTestKit.realSpecs()::resolve).toList()),
        LoadOptions.defaults().withRefRoot(SpecgenTestKit.realSpecs()), out);
    DocsFixtures.requireModel(out, "com/example/conversations/swagger/Contact.java");

    int snippets = compile(out);

    System.out.printf("real specs: %d snippet classes compiled (%d operations)%n", snippets,
        result.operationCount());
    assertThat(snippets).isEqualTo(result.operationCount() + 3);
  }

  @Test
  void regenerationWritesTheSameBytes() {
    List<Path> specs = DocsFixtures.FLAGSHIPS.stream().map(SpecgenTestKit::flagshipSpec).toList();
    SpecgenTestKit.generate(DocsFixtures.packages(specs), LoadOptions.defaults(), dir.resolve("first"));
    SpecgenTestKit.generate(DocsFixtures.packages(specs), LoadOptions.defaults(), dir.resolve("second"));

    assertThat(tree(dir.resolve("second"))).isEqualTo(tree(dir.resolve("first")));
    assertThat(tree(dir.resolve("first"))).isNotEmpty();
  }

  private static Map<String, String> tree(Path root) {
    Map<String, String> files = new TreeMap<>();
    for (String folder : List.of("docs", "snippets")) {
      for (Path file : DocsFixtures.files(root.resolve(folder), "")) {
        if (java.nio.file.Files.isRegularFile(file)) {
          files.put(root.relativize(file).toString(), DocsFixtures.read(file));
        }
      }
    }
    return files;
  }

  /** Compiles the sources and snippets of a run; returns the number of snippet classes. */
  private static int compile(Path out) {
    List<Path> snippets = DocsFixtures.files(out.resolve("snippets"), ".java");
    List<Path> sources = new ArrayList<>(DocsFixtures.files(out.resolve("java"), ".java"));
    sources.addAll(snippets);
    DocsFixtures.compile(sources, out.resolve("classes"));
    return (int) snippets.stream().filter(f -> !f.endsWith("package-info.java")).count();
  }
}
