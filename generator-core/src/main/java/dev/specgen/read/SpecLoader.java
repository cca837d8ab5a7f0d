package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.ApiModel;
import dev.specgen.load.Node;
import dev.specgen.load.RefResolver;
import dev.specgen.load.SharedDocuments;
import dev.specgen.load.SpecFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads one spec file, with everything its {@code $ref}s reach, into an {@link ApiModel}.
 *
 * <p>All problems are collected; the model is returned only when there was no error. Bad input
 * never escapes as an exception: it becomes a located diagnostic.
 */
public final class SpecLoader {

  private final LoadOptions options;
  private final SharedDocuments shared;

  public SpecLoader(LoadOptions options) {
    this(options, new SharedDocuments(options.limits()));
  }

  /**
   * A loader whose specs share the reads of the files they {@code $ref}: several specs loaded by
   * it (also from several threads) read a common fragment once.
   */
  public SpecLoader(LoadOptions options, SharedDocuments shared) {
    this.options = options;
    this.shared = shared;
  }

  public static LoadResult load(Path spec) {
    return new SpecLoader(LoadOptions.defaults()).loadFile(spec);
  }

  public LoadResult loadFile(Path spec) {
    Diagnostics diagnostics = new Diagnostics();
    Path file = spec.normalize();
    SpecFiles files = new SpecFiles(options.limits(), diagnostics, shared);
    Path refRoot = options.refRoot().orElseGet(() -> parentOf(file));
    RefResolver refs = new RefResolver(files, refRoot, diagnostics).withRefRootOption(options.refRootOption());
    Optional<Node> root = files.document(file);
    OpenApiReader reader = new OpenApiReader(file, refs, diagnostics);
    Optional<ApiModel> model = root.flatMap(reader::read);
    Diagnostics reported = reader.users().annotate(diagnostics);
    return new LoadResult(reported.hasErrors() ? Optional.empty() : model, reported, files.files());
  }

  private static Path parentOf(Path file) {
    Path absolute = file.toAbsolutePath();
    return absolute.getParent() == null ? absolute : absolute.getParent();
  }
}
