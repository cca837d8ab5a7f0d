package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GeneratorOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters both goals share: which specs, how they are read, and how strict to be. */
public abstract class AbstractSpecgenMojo extends AbstractMojo {

  /**
   * The specs to read, one {@code <spec>} each, relative to the project's base folder. When set,
   * {@code specDirectory} is not scanned.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.specs")
  private List<File> specs;

  /**
   * The folder scanned for specs when {@code specs} is not set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.specDirectory", defaultValue = "${project.basedir}/src/main/specs")
  private File specDirectory;

  /**
   * Ant-style patterns, relative to {@code specDirectory}, of the specs to scan for. Default:
   * {@code **}{@code /*.yaml}, {@code **}{@code /*.yml}, {@code **}{@code /*.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.includes")
  private List<String> includes;

  /**
   * Ant-style patterns of files in {@code specDirectory} that are not specs, such as shared
   * fragments that specs {@code $ref} ({@code common/**}). Default: none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.excludes")
  private List<String> excludes;

  /**
   * The Java package of the generated code. With one spec, its code goes into this package; with
   * several, each spec's goes into {@code packageName + "." + segment}, the segment being the
   * spec's file name as a package word ({@code front.yaml} gives {@code com.acme.front}). When not
   * set, each spec's code goes into {@code generated.<segment>}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.packageName")
  private String packageName;

  /**
   * The folder that specs and the files they {@code $ref} must stay inside; a {@code $ref} that
   * leaves it is an error.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.refRoot", defaultValue = "${project.basedir}")
  private File refRoot;

  /**
   * The largest spec file, in bytes, that is read; a larger one is an error.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.maxSpecBytes", defaultValue = "52428800")
  private long maxSpecBytes;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Fails the build when a spec has warnings, not only when it has errors.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.failOnWarnings", defaultValue = "false")
  protected boolean failOnWarnings;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  /** The generator options, or empty (with a warning logged) when no spec was found. */
  protected Optional<GeneratorOptions> options(Path sources, Optional<Path> docs,
      Optional<Path> snippets, boolean generateClients) throws MojoFailureException {
    SpecgenSettings settings = settings(sources, docs, snippets, generateClients);
    List<Path> found = specFiles(settings);
    return found.isEmpty() ? Optional.empty() : Optional.of(options(settings, found));
  }

  /** The goal's parameters as plain values, with the given output folders. */
  protected SpecgenSettings settings(Path sources, Optional<Path> docs, Optional<Path> snippets,
      boolean generateClients) {
    return new SpecgenSettings(basedir(), paths(specs), specDirectory.toPath(), includes, excludes,
        Optional.ofNullable(packageName), refRoot.toPath(), maxSpecBytes, sources, docs, snippets,
        generateClients, failOnWarnings);
  }

  /**
   * The specs to read, checked against the settings that need no generator code ({@code refRoot},
   * {@code maxSpecBytes}); empty, with a warning logged, when none was found.
   */
  protected List<Path> specFiles(SpecgenSettings settings) throws MojoFailureException {
    OptionsMapper mapper = new OptionsMapper();
    try {
      List<Path> found = mapper.specFiles(settings);
      if (found.isEmpty()) {
        getLog().warn("Specgen: no specs found in " + specDirectory + " (includes "
            + settings.includes() + "); nothing to do");
      } else {
        mapper.checkSettings(settings, found);
      }
      return found;
    } catch (OptionsMapper.InvalidConfiguration e) {
      throw new MojoFailureException("Specgen: " + e.getMessage(), e);
    }
  }

  /** The generator options for {@code specs}, found by {@link #specFiles}. */
  protected GeneratorOptions options(SpecgenSettings settings, List<Path> specs)
      throws MojoFailureException {
    try {
      return new OptionsMapper().map(settings, specs);
    } catch (OptionsMapper.InvalidConfiguration e) {
      throw new MojoFailureException("Specgen: " + e.getMessage(), e);
    }
  }

  private static List<Path> paths(List<File> files) {
    List<Path> paths = new ArrayList<>();
    if (files != null) {
      for (File file : files) {
        paths.add(file.toPath());
      }
    }
    return paths;
  }

  /** Logs every diagnostic; fails on errors, and on warnings when {@code failOnWarnings}. */
  protected void report(List<Diagnostic> diagnostics, String afterFailure)
      throws MojoFailureException {
    DiagnosticLog log = diagnosticLog();
    log.print(diagnostics);
    Optional<String> failure = log.failure(diagnostics, failOnWarnings);
    if (failure.isPresent()) {
      throw new MojoFailureException("Specgen: " + failure.get() + " " + afterFailure);
    }
  }

  /** Fails when the project lacks the library that the generated code compiles against. */
  protected void requireRuntime(boolean generateClients) throws MojoFailureException {
    Optional<String> problem = new RuntimeDependencyCheck(plugin.getVersion())
        .problem(MavenFacts.artifactKeys(project), generateClients);
    if (problem.isPresent()) {
      throw new MojoFailureException(problem.get());
    }
  }

  protected DiagnosticLog diagnosticLog() {
    return new DiagnosticLog(getLog(), basedir());
  }

  protected Path basedir() {
    return project.getBasedir().toPath().toAbsolutePath().normalize();
  }

  protected static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
