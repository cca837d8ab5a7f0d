package dev.specgen.maven;

import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.maven.IncrementalGenerator.Generated;
import dev.specgen.maven.IncrementalGenerator.Outcome;
import dev.specgen.maven.IncrementalGenerator.UpToDate;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates clients and models (a compile source root), Markdown docs, and compilable snippet
 * classes (a test source root) from the specs. Skips the work when no spec file, setting or
 * output folder changed since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractSpecgenMojo {

  /**
   * Where clients and models are written; added to the project's compile source roots.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/specgen")
  private File outputDirectory;

  /**
   * Where the Markdown docs are written, one folder per spec.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.docsDirectory",
      defaultValue = "${project.build.directory}/generated-docs/specgen")
  private File docsDirectory;

  /**
   * Where the docs' snippet classes are written; added to the project's test source roots, so the
   * snippets shown in the docs are compiled with the tests.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.snippetsDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/specgen")
  private File snippetsDirectory;

  /**
   * Whether docs and their snippet classes are generated.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.generateDocs", defaultValue = "true")
  private boolean generateDocs;

  /**
   * Whether the docs include the interactive HTML reference ({@code <docsDirectory>/<spec>/html}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.generateHtml", defaultValue = "true")
  private boolean generateHtml;

  /**
   * Whether API clients are generated; {@code false} generates models only (which still need
   * specgen-runtime).
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.generateClients", defaultValue = "true")
  private boolean generateClients;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Specgen: skipped");
      return;
    }
    long start = System.nanoTime();
    SpecgenSettings settings = settings(outputDirectory.toPath(), docs(docsDirectory),
        docs(snippetsDirectory), generateClients);
    List<Path> specs = specFiles(settings);
    if (specs.isEmpty()) {
      return;
    }
    requireRuntime(generateClients);
    project.addCompileSourceRoot(settings.resolve(settings.sourcesDirectory()).toString());
    Optional<Path> snippets = settings.snippetsDirectory();
    if (snippets.isPresent()) {
      project.addTestCompileSourceRoot(settings.resolve(snippets.get()).toString());
    }
    BuildFingerprint fingerprint = new BuildFingerprint(
        MavenFacts.stateFile(project, execution.getExecutionId()), basedir(),
        BuildFingerprint.describe(settings, generateHtml, MavenFacts.pluginStamp(plugin)));
    // The common case, decided before any generator code is loaded or any package assigned.
    Optional<List<String>> unchanged = fingerprint.unchanged(specs);
    if (unchanged.isPresent()) {
      reportUpToDate(unchanged.get(), specs.size(), start);
      return;
    }
    GeneratorOptions options = options(settings, specs).withHtmlReference(generateHtml);
    try {
      Outcome outcome = new IncrementalGenerator(fingerprint, diagnosticLog()::format).run(options);
      if (outcome instanceof UpToDate upToDate) {
        reportUpToDate(upToDate.warnings(), specs.size(), start);
      } else if (outcome instanceof Generated generated) {
        reportGenerated(generated);
      }
    } catch (OutputWriter.OutputException e) {
      // Refused or failed output (a folder Specgen does not own, a full disk): the user can act on
      // it. Any other exception is a fault of Specgen and keeps its stack trace.
      throw new MojoFailureException("Specgen: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Specgen: cannot keep the build state: " + e.getMessage(), e);
    }
  }

  private void reportUpToDate(List<String> warnings, int specs, long start) {
    for (String warning : warnings) {
      getLog().warn(warning);
    }
    getLog().info("Specgen: " + specs + " spec(s) up to date, nothing written ("
        + millisSince(start) + " ms)");
  }

  private void reportGenerated(Generated generated) throws MojoFailureException {
    if (generated.result().isPresent()) {
      report(generated.result().get().diagnostics(),
          "Earlier generated sources were left as they were.");
    }
    generated.staleRemoved().forEach(f -> getLog().info("Specgen: removed stale output " + f));
    generated.result().ifPresent(r -> getLog().info("Specgen: " + r.summary()));
    if (generated.upToDate() > 0) {
      getLog().info("Specgen: " + generated.upToDate() + " spec(s) up to date, left as they were");
    }
  }

  private Optional<Path> docs(File folder) {
    return generateDocs ? Optional.of(folder.toPath()) : Optional.empty();
  }
}
