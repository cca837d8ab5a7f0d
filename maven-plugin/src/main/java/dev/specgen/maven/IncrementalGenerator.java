package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
  private final Function<Diagnostic, String> format;

  /**
   * @param format how a warning is written, both now and when replayed by a skipped run
   */
  IncrementalGenerator(BuildFingerprint fingerprint, Function<Diagnostic, String> format) {
    this.fingerprint = fingerprint;
    this.format = format;
  }

  Outcome run(GeneratorOptions options) throws IOException {
    Optional<List<String>> warnings = fingerprint.upToDate();
    if (warnings.isPresent()) {
      return new UpToDate(warnings.get());
    }
    List<Path> previous = fingerprint.forget();
    GenerationResult result = new Generator().generate(options);
    if (result.failed()) {
      return new Generated(result, List.of()); // the generator wrote nothing
    }
    Set<Path> closure = result.specs().stream().flatMap(s -> s.referencedFiles().stream())
        .map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
    List<Path> owned = Generator.ownedFolders(options);
    fingerprint.record(closure, owned,
        result.diagnostics().stream().filter(d -> !d.isError()).map(format).toList());
    return new Generated(result,
        new OutputWriter().deleteStale(previous, owned, Generator.outputDirectories(options)));
  }
}
