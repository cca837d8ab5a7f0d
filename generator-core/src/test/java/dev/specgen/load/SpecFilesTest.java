package dev.specgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {

  @TempDir Path dir;

  @Test
  void theFilesReadAreASnapshotInTheOrderFirstReadNotAViewOfTheParsedDocuments() throws IOException {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.1.0\n");
    Path common = Files.writeString(dir.resolve("common.yaml"), "Contact: {type: object}\n");
    SpecFiles files = new SpecFiles(LoaderLimits.DEFAULTS, new Diagnostics());

    assertThat(files.document(spec)).isPresent();
    Set<Path> afterSpec = files.files();
    assertThat(files.document(common)).isPresent();

    // A view would grow with the reads after it, and keep every parsed tree alive while held.
    assertThat(afterSpec).containsExactly(spec);
    assertThat(files.files()).containsExactly(spec, common);
  }
}
