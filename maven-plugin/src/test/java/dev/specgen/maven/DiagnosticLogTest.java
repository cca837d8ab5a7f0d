package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.diag.Location;
import dev.specgen.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {

  private final Path basedir = Path.of("/work/project").toAbsolutePath();
  private final DiagnosticLog log = new DiagnosticLog(new SystemStreamLog(), basedir);

  @Test
  void pathsInsideTheProjectAreShownRelativeToIt() {
    Diagnostic error = new Diagnostic(Severity.ERROR, "unknown $ref '#/x'",
        Location.at(basedir.resolve("src/main/specs/front.yaml"), 12, 7, "/paths/~1a/$ref"));

    assertThat(log.format(error))
        .isEqualTo("src/main/specs/front.yaml:12:7: error: unknown $ref '#/x' (at /paths/~1a/$ref)");
  }

  @Test
  void pathsOutsideTheProjectStayAbsolute() {
    Path outside = Path.of("/elsewhere/specs/front.yaml").toAbsolutePath();
    Diagnostic warning = new Diagnostic(Severity.WARNING, "w", Location.ofFile(outside));

    assertThat(log.format(warning)).isEqualTo(outside.toString().replace('\\', '/') + ": warning: w");
  }

  @Test
  void failsOnErrorsAndOnWarningsOnlyWhenAsked() {
    Diagnostic warning = new Diagnostic(Severity.WARNING, "w",
        Location.at(basedir.resolve("a.yaml"), 1, 2, ""));
    Diagnostic error = new Diagnostic(Severity.ERROR, "e",
        Location.at(basedir.resolve("b.yaml"), 3, 4, ""));

    assertThat(log.failure(List.of(warning), false)).isEmpty();
    assertThat(log.failure(List.of(warning), true))
        .contains("1 warning(s) with failOnWarnings set in the specs, first: a.yaml:1:2: warning: w.");
    assertThat(log.failure(List.of(warning, error), false))
        .contains("1 error(s) in the specs, first: b.yaml:3:4: error: e.");
  }
}
