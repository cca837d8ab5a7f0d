package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import dev.specgen.maven.BuildFingerprint.Check;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One generation run that generates only the specs its {@link BuildFingerprint} finds out of
 * date, removes what specs no longer configured had written, and records each spec that
 * succeeded. Every other spec's files are left alone: same bytes, same modification times.
 */
final class IncrementalGenerator {

  /** What a run did. */
  sealed interface Outcome {}

  /** Nothing changed: nothing was read or written. */
  record UpToDate(List<String> warnings) implements Outcome {}

  /**
   * The generator ran for the specs that were out of date.
   *
   * @param result the run over the out-of-date specs (none when only specs were removed)
   * @param upToDate how many specs were up to date and left alone
   * @param staleRemoved output folders of specs no longer configured, deleted
   */
  record Generated(Optional<GenerationResult> result, int upToDate, List<Path> staleRemoved)
      implements Outcome {}

  private final BuildFingerprint fingerprint;
  private final boolean failOnWarnings;
  private final Function<Diagnostic, String> format;

  /**
   * @param format how a warning is written, both now and when replayed by a skipped run
   */
  IncrementalGenerator(BuildFingerprint fingerprint, boolean failOnWarnings,
      Function<Diagnostic, String> format) {
    this.fingerprint = fingerprint;
    this.failOnWarnings = failOnWarnings;
    this.format = format;
  }

  Outcome run(GeneratorOptions options) throws IOException {
    Check check = fingerprint.check(options.specs());
    if (check.upToDate()) {
      return new UpToDate(check.warnings());
    }
    fingerprint.keepFresh(check);
    Optional<GenerationResult> result = Optional.empty();
    if (!check.stale().isEmpty()) {
      GenerationResult generated = generate(withSpecs(options, check.stale()));
      result = Optional.of(generated);
      if (refused(generated)) {
        return new Generated(result, check.fresh().size(), List.of()); // nothing was written
      }
      fingerprint.record(records(options, check, generated), check.recorded());
    } else {
      fingerprint.record(check.fresh(), check.recorded());
    }
    List<Path> removed = BuildFingerprint.deleteStale(check.retired(),
        Generator.ownedFolders(options), outputRoots(options));
    return new Generated(result, check.fresh().size(), removed);
  }

  /**
   * Generates {@code options}' specs; with {@code failOnWarnings} checks them first, so that
   * warnings, which then count as errors, too leave the earlier output alone.
   */
  private GenerationResult generate(GeneratorOptions options) {
    Generator generator = new Generator();
    if (failOnWarnings) {
      long start = System.nanoTime();
      List<SpecReport> reports = generator.load(options);
      GenerationResult checked =
          new GenerationResult(reports, 0, (System.nanoTime() - start) / 1_000_000);
      if (refused(checked)) {
        return checked;
      }
    }
    return generator.generate(options);
  }

  /** Whether the run wrote nothing because of errors (or warnings, when they count as errors). */
  private boolean refused(GenerationResult result) {
    return result.hasErrors() || (failOnWarnings && result.warningCount() > 0);
  }

  /** Every configured spec's record, in spec order: the fresh ones as they were, the new ones. */
  private List<SpecRecord> records(GeneratorOptions options, Check check,
      GenerationResult generated) {
    Map<SpecInput, SpecRecord> bySpec = new HashMap<>();
    for (SpecReport report : generated.specs()) {
      List<Path> owned = Generator.ownedFolders(withSpecs(options, List.of(report.input())));
      List<String> warnings = report.diagnostics().all().stream()
          .filter(d -> !d.isError()).map(format).toList();
      fingerprint.recordOf(report, owned, warnings).ifPresent(r -> bySpec.put(report.input(), r));
    }
    List<SpecRecord> records = new ArrayList<>(check.fresh());
    options.specs().stream().map(bySpec::get).filter(r -> r != null).forEach(records::add);
    return records;
  }

  private static GeneratorOptions withSpecs(GeneratorOptions options, List<SpecInput> specs) {
    return new GeneratorOptions(specs, options.sourcesDirectory(), options.docsDirectory(),
        options.snippetsDirectory(), options.generateClients(), options.load());
  }

  private static List<Path> outputRoots(GeneratorOptions options) {
    return Stream.of(Optional.of(options.sourcesDirectory()), options.docsDirectory(),
        options.snippetsDirectory()).flatMap(Optional::stream).toList();
  }
}
