package dev.specgen.maven;

import dev.specgen.diag.Diagnostic;
import dev.specgen.gateway.Gateway;
import dev.specgen.gateway.GatewayConfig;
import dev.specgen.gateway.GatewaySites;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecReport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the HTML reference of the project's specs with the gateway that forwards its "Try it"
 * requests to the API, adding credentials from the environment (the variables the docs name, such as
 * {@code FRONT_API_TOKEN}), until stopped with Ctrl-C: {@code mvn specgen:serve}. Nothing is written.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSpecgenMojo {

  /**
   * The port to listen on; 0 picks a free one (it is printed).
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.port", defaultValue = "8080")
  private int port;

  /**
   * Where requests go instead of each spec's first server URL (also allowed as a target).
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.target")
  private String target;

  /**
   * Browser origins besides pages opened from disk and the gateway's own that may call it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.allowOrigins")
  private List<String> allowOrigins;

  /**
   * The largest request and response body, in bytes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.maxBodyBytes", defaultValue = "10485760")
  private long maxBodyBytes;

  /**
   * How long the API may take to answer, in seconds.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.timeoutSeconds", defaultValue = "60")
  private long timeoutSeconds;

  /**
   * Stops after this many seconds, for scripts and smoke tests; 0 serves until Ctrl-C.
   *
   * @since 0.1.0
   */
  @Parameter(property = "specgen.stopAfterSeconds", defaultValue = "0")
  private long stopAfterSeconds;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Specgen: skipped");
      return;
    }
    Path unused = Path.of(project.getBuild().getDirectory(), "generated-sources", "specgen");
    Optional<GeneratorOptions> options = options(unused, Optional.empty(), Optional.empty(), true);
    if (options.isEmpty()) {
      return;
    }
    GatewaySites.Sites sites = sites(options.get());
    GatewayConfig config = GatewayConfig.of(sites.apis(), sites.pages(), port)
        .withAllowedOrigins(allowOrigins == null ? Set.of() : Set.copyOf(allowOrigins))
        .withLimits(maxBodyBytes, maxBodyBytes, GatewayConfig.DEFAULT_CONNECT_TIMEOUT,
            Duration.ofSeconds(timeoutSeconds));
    try (Gateway gateway = Gateway.start(config, getLog()::info)) {
      gateway.announcement().forEach(getLog()::info);
      awaitStop();
      getLog().info("Specgen gateway: stopped");
    } catch (IOException e) {
      throw new MojoExecutionException("Specgen: the gateway cannot listen on port " + port + ": " + e.getMessage(), e);
    }
  }

  private GatewaySites.Sites sites(GeneratorOptions options) throws MojoFailureException {
    Optional<URI> targetUri = Optional.empty();
    if (target != null && !target.isBlank()) {
      targetUri = Optional.of(GatewaySites.parseTarget(target).orElseThrow(() -> new MojoFailureException(
          "Specgen: target needs an absolute http or https URL, not '" + target + "'")));
    }
    List<SpecReport> reports = new ArrayList<>();
    Optional<GatewaySites.Sites> sites = GatewaySites.load(options, targetUri, System::getenv, reports::addAll);
    List<Diagnostic> diagnostics = reports.stream().flatMap(r -> r.diagnostics().all().stream()).toList();
    report(diagnostics, "The gateway did not start.");
    if (sites.isEmpty() || !sites.get().problems().isEmpty()) {
      throw new MojoFailureException("Specgen: " + String.join("; ", sites.map(GatewaySites.Sites::problems)
          .orElse(List.of("the specs have errors"))));
    }
    return sites.get();
  }

  /** Until Ctrl-C (the JVM's shutdown) or, when set, {@code stopAfterSeconds}. */
  private void awaitStop() {
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown, "specgen-gateway-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (stopAfterSeconds > 0) {
        stop.await(stopAfterSeconds, TimeUnit.SECONDS);
      } else {
        stop.await();
      }
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the gateway closes on the way out
    }
  }
}
