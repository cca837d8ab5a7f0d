package dev.specgen.generate;

import dev.specgen.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param specs one report per spec, in input order
 * @param filesWritten the number of files written (0 when the run {@linkplain #failed() failed})
 * @param millis wall time of the run
 * @param failOnWarnings whether the run treated warnings as errors
 */
public record GenerationResult(List<SpecReport> specs, int filesWritten, long millis,
    boolean failOnWarnings) {

  public GenerationResult {
    specs = List.copyOf(specs);
  }

  /** The outcome of a run that lets warnings pass. */
  public GenerationResult(List<SpecReport> specs, int filesWritten, long millis) {
    this(specs, filesWritten, millis, false);
  }

  /**
   * Whether the run failed, and so wrote nothing: a spec has errors, or warnings while they count
   * as errors.
   */
  public boolean failed() {
    return hasErrors() || (failOnWarnings && warningCount() > 0);
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

  /** The operations the client leaves a part of out (each part reported as a warning). */
  public long operationsWithUnsupportedParts() {
    return specs.stream().mapToLong(SpecReport::operationsWithUnsupportedParts).sum();
  }

  /**
   * One line for logs: {@code 4 specs, 4 operations, 61 types, 70 files, 0 warnings in 412 ms},
   * with {@code , 2 operations with unsupported parts} before {@code in} when there are any.
   */
  public String summary() {
    long unsupported = operationsWithUnsupportedParts();
    return specs.size() + (specs.size() == 1 ? " spec, " : " specs, ")
        + operationCount() + " operations, " + typeCount() + " types, "
        + filesWritten + " files, " + warningCount() + " warnings"
        + (unsupported == 0 ? "" : ", " + unsupported + " operations with unsupported parts")
        + " in " + millis + " ms";
  }
}
