package dev.specgen.maven;

import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.InvalidOptionsException;
import dev.specgen.generate.PackageNames;
import dev.specgen.load.LoaderLimits;
import dev.specgen.read.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
   */
  public Optional<GeneratorOptions> map(SpecgenSettings settings) throws InvalidConfiguration {
    try {
      return mapChecked(settings);
    } catch (InvalidOptionsException e) {
      throw new InvalidConfiguration(e.getMessage());
    }
  }

  private Optional<GeneratorOptions> mapChecked(SpecgenSettings settings) throws InvalidConfiguration {
    List<Path> specs = specFiles(settings);
    if (specs.isEmpty()) {
      return Optional.empty();
    }
    Path refRoot = absolute(settings.basedir(), settings.refRoot());
    for (Path spec : specs) {
      if (!spec.startsWith(refRoot)) {
        throw new InvalidConfiguration("spec " + spec + " lies outside refRoot " + refRoot
            + "; set <refRoot> to a folder that contains every spec and the files they $ref");
      }
    }
    if (settings.maxSpecBytes() <= 0) {
      throw new InvalidConfiguration("maxSpecBytes must be positive, not " + settings.maxSpecBytes());
    }
    LoadOptions load = new LoadOptions(
        LoaderLimits.DEFAULTS.withMaxFileBytes(settings.maxSpecBytes()), Optional.of(refRoot));
    Path base = settings.basedir();
    return Optional.of(new GeneratorOptions(
        PackageNames.assign(specs, settings.packageName()),
        absolute(base, settings.sourcesDirectory()),
        settings.docsDirectory().map(d -> absolute(base, d)),
        settings.snippetsDirectory().map(d -> absolute(base, d)),
        settings.generateClients(),
        load,
        settings.failOnWarnings(),
        true));
  }

  /** The configured specs, or those found in {@code specDirectory}; absolute, normalized, sorted. */
  public List<Path> specFiles(SpecgenSettings settings) throws InvalidConfiguration {
    Path base = settings.basedir();
    if (!settings.specs().isEmpty()) {
      Set<Path> named = new LinkedHashSet<>();
      for (Path spec : settings.specs()) {
        named.add(absolute(base, spec));
      }
      return List.copyOf(named);
    }
    Path folder = absolute(base, settings.specDirectory());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Pattern> includes = settings.includes().stream().map(OptionsMapper::antPattern).toList();
    List<Pattern> excludes = settings.excludes().stream().map(OptionsMapper::antPattern).toList();
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> {
            String relative = folder.relativize(f).toString().replace('\\', '/');
            return matchesAny(includes, relative) && !matchesAny(excludes, relative);
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InvalidConfiguration("cannot list specDirectory " + folder + ": " + e.getMessage());
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
    return patterns.stream().anyMatch(p -> p.matcher(relative).matches());
  }

  private static Path absolute(Path basedir, Path path) {
    return basedir.resolve(path).toAbsolutePath().normalize();
  }
}
