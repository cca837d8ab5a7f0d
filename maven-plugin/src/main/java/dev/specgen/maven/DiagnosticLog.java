package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.diag.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints diagnostics one per line, as {@link Diagnostic#format()} does
 * ({@code src/main/specs/front.yaml:12:7: error: message (at /pointer)}), with paths relative to the
 * project's base folder when they lie inside it, so IDEs and terminals can link them.
 */
final class DiagnosticLog {

  private final Log log;
  private final Path basedir;

  DiagnosticLog(Log log, Path basedir) {
    this.log = log;
    this.basedir = basedir.toAbsolutePath().normalize();
  }

  /** Logs errors at error level and warnings at warning level, in the given order. */
  void print(List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.isError()) {
        log.error(format(diagnostic));
      } else {
        log.warn(format(diagnostic));
      }
    }
  }

  /** The diagnostic's one-line form, its file relative to the base folder when inside it. */
  String format(Diagnostic diagnostic) {
    Location at = diagnostic.location();
    Path file = at.file().toAbsolutePath().normalize();
    Path shown = file.startsWith(basedir) ? basedir.relativize(file) : file;
    return new Diagnostic(diagnostic.severity(), diagnostic.message(),
        new Location(shown, at.line(), at.column(), at.pointer())).format();
  }

  /**
   * Why the build must fail, if it must: it has errors, or warnings while {@code failOnWarnings}.
   * The message counts them and repeats the first one.
   */
  Optional<String> failure(List<Diagnostic> diagnostics, boolean failOnWarnings) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (errors == 0 && !(failOnWarnings && warnings > 0)) {
      return Optional.empty();
    }
    Diagnostic first = diagnostics.stream().filter(d -> d.isError() || errors == 0).findFirst()
        .orElseThrow();
    return Optional.of((errors > 0 ? errors + " error(s)" : warnings
        + " warning(s) with failOnWarnings set") + " in the specs, first: " + format(first) + ".");
  }
}
