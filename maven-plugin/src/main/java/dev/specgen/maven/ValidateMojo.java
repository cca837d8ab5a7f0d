package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reads and checks the specs without generating anything: prints every error and warning, one per
 * line as {@code file:line:column: severity: message}, and fails the build on errors (and on
 * warnings with {@code failOnWarnings}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSpecgenMojo {

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("Specgen: skipped");
      return;
    }
    long start = System.nanoTime();
    Path unused = Path.of(project.getBuild().getDirectory(), "generated-sources", "specgen");
    Optional<GeneratorOptions> options = options(unused, Optional.empty(), Optional.empty(), true);
    if (options.isEmpty()) {
      return;
    }
    List<SpecReport> reports = new Generator().load(options.get());
    List<Diagnostic> diagnostics = reports.stream()
        .flatMap(r -> r.diagnostics().all().stream()).toList();
    report(diagnostics, "");
    getLog().info("Specgen: " + reports.size() + " spec(s) valid, "
        + diagnostics.size() + " warning(s) (" + millisSince(start) + " ms)");
  }
}
