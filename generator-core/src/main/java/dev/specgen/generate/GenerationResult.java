package dev.specgen.generate;

import dev.specgen.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param specs one report per spec, in input order
 * @param filesWritten the number of files written (0 when any spec had errors)
 * @param millis wall time of the run
 */
public record GenerationResult(List<SpecReport> specs, int filesWritten, long millis) {

  public GenerationResult {
    specs = List.copyOf(specs);
  }

  public boolean hasErrors() {
    return specs.stream().anyMatch(s -> s.diagnostics().hasErrors());
  }

  public long warningCount() {
    return specs.stream().mapToLong(s -> s.diagnostics().warningCount()).sum();
  }

  /** Every diagnostic of every spec, each spec's sorted by position. */
  public List<Diagnostic> diagnostics() {
    return specs.stream().flatMap(s -> s.diagnostics().all().stream()).toList();
  }

  public int operationCount() {
    return specs.stream().mapToInt(s -> s.model().map(m -> m.operations().size()).orElse(0)).sum();
  }

  public int typeCount() {
    return specs.stream().mapToInt(s -> s.model().map(m -> m.types().size()).orElse(0)).sum();
  }

  /** One line for logs: {@code 4 specs, 4 operations, 61 types, 70 files in 412 ms}. */
  public String summary() {
    return specs.size() + (specs.size() == 1 ? " spec, " : " specs, ")
        + operationCount() + " operations, " + typeCount() + " types, "
        + filesWritten + " files, " + warningCount() + " warnings in " + millis + " ms";
  }
}
