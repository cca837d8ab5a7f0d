package dev.specgen.maven;

import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.InvalidOptionsException;
import dev.specgen.generate.PackageNames;
import dev.specgen.load.LoaderLimits;
import dev.specgen.read.LoadOptions;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the plugin's parameters into the generator's {@link GeneratorOptions}: finds the specs and
 * resolves paths against the project. Packages follow the generator's rule ({@link
 * PackageNames#assign}), which also checks them.
 */
public final class OptionsMapper {

  /** The configuration is unusable; the message says what to change. */
  public static final class InvalidConfiguration extends Exception {
    InvalidConfiguration(String message) {
      super(message);
    }
  }

  /**
   * The generator options for {@code settings}, or empty when there is no spec to generate from
   * (no {@code specs} configured and none found in {@code specDirectory}).
   *
   * @param settings the plugin's configuration
   * @return the options, or empty without specs
   * @throws InvalidConfiguration if the configuration is unusable
   */
  public Optional<GeneratorOptions> map(SpecgenSettings settings) throws InvalidConfiguration {
    List<Path> specs = specFiles(settings);
    return specs.isEmpty() ? Optional.empty() : Optional.of(map(settings, specs));
  }

  /**
   * The generator options for {@code specs} (as {@link #specFiles} found them): each spec's package
   * by the generator's rule, paths resolved against the project.
   *
   * @param settings the plugin's configuration
   * @param specs the specs, absolute and normalized, at least one
   * @return the options
   * @throws InvalidConfiguration if the configuration is unusable
   */
  public GeneratorOptions map(SpecgenSettings settings, List<Path> specs)
      throws InvalidConfiguration {
    checkSettings(settings, specs);
    try {
      return new GeneratorOptions(
          PackageNames.assign(specs, settings.packageName()),
          settings.resolve(settings.sourcesDirectory()),
          settings.docsDirectory().map(settings::resolve),
          settings.snippetsDirectory().map(settings::resolve),
          settings.generateClients(),
          new LoadOptions(LoaderLimits.DEFAULTS.withMaxFileBytes(settings.maxSpecBytes()),
              Optional.of(settings.resolve(settings.refRoot()))),
          settings.failOnWarnings(),
          true);
    } catch (InvalidOptionsException e) {
      throw new InvalidConfiguration(e.getMessage());
    }
  }

  /**
   * Checks what can be checked without the generator's code: every spec lies inside {@code
   * refRoot}, and {@code maxSpecBytes} is positive. (The package rule is the generator's, checked
   * by {@link #map(SpecgenSettings, List)}.)
   *
   * @param settings the plugin's configuration
   * @param specs the specs, absolute and normalized
   * @throws InvalidConfiguration naming the setting to change
   */
  public void checkSettings(SpecgenSettings settings, List<Path> specs)
      throws InvalidConfiguration {
    Path refRoot = settings.resolve(settings.refRoot());
    for (Path spec : specs) {
      if (!spec.startsWith(refRoot)) {
        throw new InvalidConfiguration("spec " + spec + " lies outside refRoot " + refRoot
            + "; set <refRoot> to a folder that contains every spec and the files they $ref");
      }
    }
    if (settings.maxSpecBytes() <= 0) {
      throw new InvalidConfiguration("maxSpecBytes must be positive, not " + settings.maxSpecBytes());
    }
  }

  /** The configured specs, or those found in {@code specDirectory}; absolute, normalized, sorted. */
  public List<Path> specFiles(SpecgenSettings settings) throws InvalidConfiguration {
    if (!settings.specs().isEmpty()) {
      Set<Path> named = new LinkedHashSet<>();
      for (Path spec : settings.specs()) {
        named.add(settings.resolve(spec));
      }
      return List.copyOf(named);
    }
    Path folder = settings.resolve(settings.specDirectory());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    // A visitor and plain loops rather than a stream of lambdas: this runs on every build, also
    // on the ones that find everything up to date, and each first lambda costs a class.
    SpecScan scan = new SpecScan(folder, patterns(settings.includes()),
        patterns(settings.excludes()));
    try {
      Files.walkFileTree(folder, scan);
    } catch (IOException e) {
      throw new InvalidConfiguration("cannot list specDirectory " + folder + ": " + e.getMessage());
    }
    Collections.sort(scan.found);
    return List.copyOf(scan.found);
  }

  private static List<Pattern> patterns(List<String> antPatterns) {
    List<Pattern> patterns = new ArrayList<>(antPatterns.size());
    for (String pattern : antPatterns) {
      patterns.add(antPattern(pattern));
    }
    return patterns;
  }

  /** Collects the regular files (or links to them) that an include matches and no exclude. */
  private static final class SpecScan extends SimpleFileVisitor<Path> {
    private final Path folder;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final List<Path> found = new ArrayList<>();

    SpecScan(Path folder, List<Pattern> includes, List<Pattern> excludes) {
      this.folder = folder;
      this.includes = includes;
      this.excludes = excludes;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      boolean regular = attributes.isRegularFile()
          || attributes.isSymbolicLink() && Files.isRegularFile(file);
      String relative = folder.relativize(file).toString().replace('\\', '/');
      if (regular && matchesAny(includes, relative) && !matchesAny(excludes, relative)) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }
  }

  /**
   * An Ant-style pattern as a regular expression over {@code /}-separated relative paths:
   * {@code **}{@code /} matches any number of folders (also none), {@code *} any characters but
   * {@code /}, {@code ?} one character but {@code /}.
   */
  static Pattern antPattern(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    if (p.endsWith("/")) {
      p = p + "**";
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (p.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static boolean matchesAny(List<Pattern> patterns, String relative) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(relative).matches()) {
        return true;
      }
    }
    return false;
  }

}
