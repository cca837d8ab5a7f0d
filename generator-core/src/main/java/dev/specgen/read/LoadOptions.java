package dev.specgen.read;

import dev.specgen.load.LoaderLimits;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How specs are loaded.
 *
 * @param limits size, depth and alias-expansion bounds
 * @param refRoot the folder {@code $ref}s may not leave; empty means the root spec's own folder
 */
public record LoadOptions(LoaderLimits limits, Optional<Path> refRoot) {

  public static LoadOptions defaults() {
    return new LoadOptions(LoaderLimits.DEFAULTS, Optional.empty());
  }

  public LoadOptions withRefRoot(Path root) {
    return new LoadOptions(limits, Optional.of(root));
  }

  public LoadOptions withLimits(LoaderLimits newLimits) {
    return new LoadOptions(newLimits, refRoot);
  }
}
