package dev.specgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary line counts the operations the client leaves a part of out. */
class UnsupportedPartsSummaryTest {

  private static final Path SPEC = Path.of("src/test/resources/specs/media/media-types.yaml");

  @Test
  void theCliSummaryCountsTheOperationsWithUnsupportedParts(@TempDir Path out) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    SpecgenCli cli = new SpecgenCli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));

    int exit = cli.run(new String[] {"generate", "--spec", SPEC.toString(), "--package", "com.acme.media",
        "--out", out.toString(), "--no-docs"});

    assertThat(exit).isEqualTo(0);
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .matches("(?s)specgen: 1 spec, 9 operations, \\d+ types, \\d+ files, 2 warnings, "
            + "1 operations with unsupported parts in \\d+ ms -> .*\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("warning: operation 'postLegacy'");
  }
}
