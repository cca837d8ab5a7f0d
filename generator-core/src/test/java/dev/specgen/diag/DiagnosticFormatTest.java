package dev.specgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.load.LoaderLimits;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line form of a diagnostic stays one readable line, however deep the spec. */
class DiagnosticFormatTest {

  @TempDir
  Path dir;

  @Test
  void aShortPointerIsPrintedWhole() {
    assertThat(Diagnostic.shortened("/paths/~1pets/get/responses/200")).isEqualTo("/paths/~1pets/get/responses/200");
  }

  @Test
  void aLongPointerKeepsItsFirstAndLastSegments() {
    String pointer = "/a".repeat(20);
    assertThat(Diagnostic.shortened(pointer)).isEqualTo("/a/a/a/a/a/a/...8 more.../a/a/a/a/a/a");
  }

  @Test
  void theNestingLimitErrorIsAShortLine() throws IOException {
    Path spec = dir.resolve("deep.yaml");
    Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: Deep, version: '1'}\npaths: {}\nx-deep: "
        + "[".repeat(2_000) + "]".repeat(2_000) + "\n");

    LoadResult result = new SpecLoader(LoadOptions.defaults()).loadFile(spec);

    assertThat(result.diagnostics().errors()).singleElement().satisfies(error -> {
      assertThat(error.format()).isEqualTo(spec + ":4:" + (8 + LoaderLimits.DEFAULTS.maxDepth())
          + ": error: nesting is deeper than the limit of " + LoaderLimits.DEFAULTS.maxDepth()
          + " levels (at /x-deep/0/0/0/0/0/..." + (LoaderLimits.DEFAULTS.maxDepth() - 1 - 11)
          + " more.../0/0/0/0/0/0)");
    });
  }
}
