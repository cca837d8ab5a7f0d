package dev.specgen.read;

import dev.specgen.load.LoaderLimits;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How specs are loaded.
 *
 * @param limits size, depth and alias-expansion bounds
 * @param refRoot the folder {@code $ref}s may not leave; empty means the root spec's own folder
 * @param refRootOption how the user sets {@code refRoot} where the spec is loaded ({@code refRoot}
 *     in the Maven plugin, {@code --ref-root} on the command line), named when a {@code $ref}
 *     leaves it
 */
public record LoadOptions(LoaderLimits limits, Optional<Path> refRoot, String refRootOption) {

  /** The name of the setting in the Maven plugin, the default. */
  public static final String PLUGIN_REF_ROOT = "refRoot";

  public LoadOptions(LoaderLimits limits, Optional<Path> refRoot) {
    this(limits, refRoot, PLUGIN_REF_ROOT);
  }

  public static LoadOptions defaults() {
    return new LoadOptions(LoaderLimits.DEFAULTS, Optional.empty());
  }

  public LoadOptions withRefRoot(Path root) {
    return new LoadOptions(limits, Optional.of(root), refRootOption);
  }

  public LoadOptions withLimits(LoaderLimits newLimits) {
    return new LoadOptions(newLimits, refRoot, refRootOption);
  }

  /** The same options, naming the {@code refRoot} setting {@code option} in messages. */
  public LoadOptions withRefRootOption(String option) {
    return new LoadOptions(limits, refRoot, option);
  }
}
