package dev.specgen.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's configuration as plain values: what the Mojo parameters hold, with no Maven types,
 * so that {@link OptionsMapper} can be tested without a Maven build.
 *
 * @param basedir the project's base folder; relative paths are resolved against it
 * @param specs specs named one by one; when empty, {@code specDirectory} is scanned
 * @param specDirectory the folder scanned for specs when {@code specs} is empty
 * @param includes Ant-style patterns of the specs to scan for; empty means the defaults
 * @param excludes Ant-style patterns of files to leave out of the scan
 * @param packageName the base package; empty derives {@code generated.<segment>}
 * @param refRoot the folder {@code $ref}s may not leave
 * @param maxSpecBytes the largest spec file that is read
 * @param sourcesDirectory where clients and models are written
 * @param docsDirectory where docs are written; empty writes none
 * @param snippetsDirectory where snippet classes are written; empty writes none
 * @param generateClients false generates models only
 * @param failOnWarnings true fails the run, writing nothing, when a spec has warnings
 */
public record SpecgenSettings(
    Path basedir,
    List<Path> specs,
    Path specDirectory,
    List<String> includes,
    List<String> excludes,
    Optional<String> packageName,
    Path refRoot,
    long maxSpecBytes,
    Path sourcesDirectory,
    Optional<Path> docsDirectory,
    Optional<Path> snippetsDirectory,
    boolean generateClients,
    boolean failOnWarnings) {

  /** What {@code includes} means when it is not configured. */
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

  public SpecgenSettings {
    specs = specs == null ? List.of() : List.copyOf(specs);
    includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    String trimmed = packageName.isPresent() ? packageName.get().trim() : "";
    packageName = trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** Settings that let warnings pass. */
  public SpecgenSettings(Path basedir, List<Path> specs, Path specDirectory, List<String> includes,
      List<String> excludes, Optional<String> packageName, Path refRoot, long maxSpecBytes,
      Path sourcesDirectory, Optional<Path> docsDirectory, Optional<Path> snippetsDirectory,
      boolean generateClients) {
    this(basedir, specs, specDirectory, includes, excludes, packageName, refRoot, maxSpecBytes,
        sourcesDirectory, docsDirectory, snippetsDirectory, generateClients, false);
  }

  /**
   * A configured path as the goal uses it: resolved against {@link #basedir}, absolute, normalized.
   *
   * @param path a path from the configuration, relative or absolute
   * @return the absolute path
   */
  public Path resolve(Path path) {
    return basedir.resolve(path).toAbsolutePath().normalize();
  }

  public SpecgenSettings withSpecs(List<Path> newSpecs) {
    return new SpecgenSettings(basedir, newSpecs, specDirectory, includes, excludes, packageName,
        refRoot, maxSpecBytes, sourcesDirectory, docsDirectory, snippetsDirectory, generateClients, failOnWarnings);
  }

  public SpecgenSettings withSpecDirectory(Path folder) {
    return new SpecgenSettings(basedir, specs, folder, includes, excludes, packageName,
        refRoot, maxSpecBytes, sourcesDirectory, docsDirectory, snippetsDirectory, generateClients, failOnWarnings);
  }

  public SpecgenSettings withRefRoot(Path root) {
    return new SpecgenSettings(basedir, specs, specDirectory, includes, excludes, packageName,
        root, maxSpecBytes, sourcesDirectory, docsDirectory, snippetsDirectory, generateClients,
        failOnWarnings);
  }
}
