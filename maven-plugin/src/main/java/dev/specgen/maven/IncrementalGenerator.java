package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One generation run that is skipped when its {@link BuildFingerprint} says nothing changed, and
 * that records a new fingerprint only when it succeeded.
 */
final class IncrementalGenerator {

  /** What a run did. */
  sealed interface Outcome {}

  /** Nothing changed: nothing was read or written. */
  record UpToDate(List<String> warnings) implements Outcome {}

  /** The generator ran; {@code staleRemoved} are output folders of specs no longer configured. */
  record Generated(GenerationResult result, List<Path> staleRemoved) implements Outcome {}

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
    Optional<List<String>> warnings = fingerprint.upToDate();
    if (warnings.isPresent()) {
      return new UpToDate(warnings.get());
    }
    List<Path> previous = fingerprint.forget();
    Generator generator = new Generator();
    if (failOnWarnings) {
      // Warnings count as errors: check first, so that they too leave the earlier output alone.
      long start = System.nanoTime();
      List<SpecReport> reports = generator.load(options);
      GenerationResult checked =
          new GenerationResult(reports, 0, (System.nanoTime() - start) / 1_000_000);
      if (checked.hasErrors() || checked.warningCount() > 0) {
        return new Generated(checked, List.of());
      }
    }
    GenerationResult result = generator.generate(options);
    if (result.hasErrors()) {
      return new Generated(result, List.of()); // the generator wrote nothing
    }
    Set<Path> closure = result.specs().stream().flatMap(s -> s.referencedFiles().stream())
        .map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
    List<Path> owned = Generator.ownedFolders(options);
    fingerprint.record(closure, owned,
        result.diagnostics().stream().filter(d -> !d.isError()).map(format).toList());
    return new Generated(result, BuildFingerprint.deleteStale(previous, owned, outputRoots(options)));
  }

  private static List<Path> outputRoots(GeneratorOptions options) {
    return Stream.of(Optional.of(options.sourcesDirectory()), options.docsDirectory(),
        options.snippetsDirectory()).flatMap(Optional::stream).toList();
  }
}
