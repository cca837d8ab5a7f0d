package dev.specgen.maven;

import java.nio.file.Path;

/**
 * Paths as the build state writes them: relative to the project's base folder with {@code /}
 * separators ({@code src/main/specs/pets.yaml}, {@code ../shared-specs/common/pet.yaml}), so that
 * a state made in one checkout folder, and restored there by a build cache, holds in another.
 */
final class ProjectPaths {

  private final Path basedir;

  ProjectPaths(Path basedir) {
    this.basedir = basedir.toAbsolutePath().normalize();
  }

  /** {@code path} relative to the base folder; absolute only when it is on another file system root. */
  String relative(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.getRoot() == null || !absolute.getRoot().equals(basedir.getRoot())) {
      return absolute.toString().replace('\\', '/');
    }
    String relative = basedir.relativize(absolute).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  /** The absolute path that {@code recorded} (as written by {@link #relative}) names. */
  Path resolve(String recorded) {
    return basedir.resolve(recorded).normalize();
  }
}
