package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.generate.GenerationResult;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs of an API with multipart, form, binary, text and event-stream operations compile with its client. */
class MediaSnippetCompileTest {

  @TempDir Path dir;

  @Test
  void mediaTypeSnippetsCompile() {
    Path out = dir.resolve("media");
    GenerationResult result = SpecgenTestKit.generate(DocsFixtures.packages(
        List.of(Path.of("src/test/resources/specs/media/media-types.yaml"))), LoadOptions.defaults(), out);

    List<Path> snippets = DocsFixtures.files(out.resolve("snippets"), ".java");
    List<Path> sources = new ArrayList<>(DocsFixtures.files(out.resolve("java"), ".java"));
    sources.addAll(snippets);
    DocsFixtures.compile(sources, out.resolve("classes"));

    assertThat(result.hasErrors()).isFalse();
    assertThat(snippets).filteredOn(f -> !f.endsWith("package-info.java"))
        .hasSize(result.operationCount() + 1); // one per operation, one client set-up
  }
}
