package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
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
  private final Function<Diagnostic, String> format;

  /**
   * @param format how a warning is written, both now and when replayed by a skipped run
   */
  IncrementalGenerator(BuildFingerprint fingerprint, Function<Diagnostic, String> format) {
    this.fingerprint = fingerprint;
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
      GenerationResult generated = new Generator().generate(withSpecs(options, check.stale()));
      result = Optional.of(generated);
      if (generated.failed()) {
        return new Generated(result, check.fresh().size(), List.of()); // nothing was written
      }
      fingerprint.record(records(options, check, generated));
    } else {
      fingerprint.record(check.fresh());
    }
    List<Path> removed = new OutputWriter().deleteStale(check.retired(),
        Generator.ownedFolders(options), Generator.outputDirectories(options));
    return new Generated(result, check.fresh().size(), removed);
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

  /** The same options for only {@code specs}. */
  private static GeneratorOptions withSpecs(GeneratorOptions options, List<SpecInput> specs) {
    return new GeneratorOptions(specs, options.sourcesDirectory(), options.docsDirectory(),
        options.snippetsDirectory(), options.generateClients(), options.load(),
        options.failOnWarnings(), options.htmlReference());
  }
}
