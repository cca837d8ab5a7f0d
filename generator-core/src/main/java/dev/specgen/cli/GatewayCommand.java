package dev.specgen.cli;

import dev.specgen.diag.Diagnostic;
import dev.specgen.gateway.Gateway;
import dev.specgen.gateway.GatewayConfig;
import dev.specgen.gateway.GatewaySites;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.load.LoaderLimits;
import dev.specgen.read.LoadOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * {@code specgen gateway}: serves the HTML reference of the specs and forwards its "Try it"
 * requests to the API with the credentials from the environment, until stopped (Ctrl-C).
 */
final class GatewayCommand {

  static final String HELP = """
      Usage:
        specgen gateway --spec FILE... [--package NAME] [--target URL] [--port N] [options]

      Serves the HTML reference of the specs at http://127.0.0.1:PORT/_specgen/<spec>/html/index.html
      and forwards every other request to the API, adding credentials. Stop it with Ctrl-C.

      Options:
        --spec FILE...         Spec files. Required.
        --package NAME         Java package the snippets name (as for generate). Default: generated.
        --target URL           Forward to URL instead of the spec's first server (also allowed).
        --port N               Port to listen on; 0 picks a free one (printed). Default: 8080.
        --bind ADDRESS         Address to listen on. Default: 127.0.0.1.
        --allow-origin ORIGIN  Also answer pages from ORIGIN (pages from disk and the gateway's own
                               always may). Repeatable.
        --max-body-bytes N     Largest request and response body. Default: 10485760 (10 MB).
        --timeout-seconds N    How long the API may take to answer. Default: 60.
        --ref-root DIR         Folder that $refs may not leave. Default: each spec's own folder.

      Credentials come from the environment variables the docs name (FRONT_API_TOKEN, ...); where
      one is not set, the page's credentials are used. They are never logged or echoed.
      """;

  private final PrintStream out;
  private final PrintStream err;

  GatewayCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Starts the gateway; empty (after printing why) when it cannot start. */
  Optional<Gateway> start(String[] args, Function<String, String> environment) throws CliArguments.UsageException {
    Settings settings = Settings.parse(args);
    List<SpecInput> inputs = PackageNames.assign(settings.specs, settings.packageName);
    GeneratorOptions options = new GeneratorOptions(inputs, Path.of("."), Optional.empty(), Optional.empty(), true,
        new LoadOptions(LoaderLimits.DEFAULTS, settings.refRoot));
    Optional<GatewaySites.Sites> sites = GatewaySites.load(options, settings.target, environment,
        reports -> reports.forEach(r -> r.diagnostics().all().stream().map(Diagnostic::format).forEach(err::println)));
    if (sites.isEmpty()) {
      err.println("specgen: the gateway did not start: the specs have errors");
      return Optional.empty();
    }
    sites.get().problems().forEach(p -> err.println("specgen: " + p));
    if (!sites.get().problems().isEmpty()) {
      return Optional.empty();
    }
    GatewayConfig config = GatewayConfig.of(sites.get().apis(), sites.get().pages(), settings.port)
        .withBindAddress(settings.bind)
        .withAllowedOrigins(settings.origins)
        .withLimits(settings.maxBodyBytes, settings.maxBodyBytes, GatewayConfig.DEFAULT_CONNECT_TIMEOUT,
            Duration.ofSeconds(settings.timeoutSeconds));
    try {
      Gateway gateway = Gateway.start(config, out::println);
      gateway.announcement().forEach(out::println);
      return Optional.of(gateway);
    } catch (IOException e) {
      err.println("specgen: the gateway cannot listen on " + settings.bind + ":" + settings.port + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Runs until the JVM is asked to stop; then closes the gateway. */
  int runUntilStopped(String[] args) throws CliArguments.UsageException {
    Optional<Gateway> gateway = start(args, System::getenv);
    if (gateway.isEmpty()) {
      return SpecgenCli.SPEC_ERRORS;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      gateway.get().close();
      out.println("Specgen gateway: stopped");
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      gateway.get().close();
    }
    return SpecgenCli.OK;
  }

  /** The gateway's command line. */
  private static final class Settings {
    private final List<Path> specs = new ArrayList<>();
    private Optional<String> packageName = Optional.empty();
    private Optional<URI> target = Optional.empty();
    private Optional<Path> refRoot = Optional.empty();
    private final Set<String> origins = new LinkedHashSet<>();
    private String bind = "127.0.0.1";
    private int port = 8080;
    private long maxBodyBytes = GatewayConfig.DEFAULT_MAX_BODY_BYTES;
    private long timeoutSeconds = GatewayConfig.DEFAULT_RESPONSE_TIMEOUT.toSeconds();

    static Settings parse(String[] args) throws CliArguments.UsageException {
      Settings settings = new Settings();
      for (int i = 1; i < args.length; i++) {
        i = settings.option(args, i);
      }
      if (settings.specs.isEmpty()) {
        throw new CliArguments.UsageException("--spec is required");
      }
      return settings;
    }

    private int option(String[] args, int i) throws CliArguments.UsageException {
      switch (args[i]) {
        case "--spec" -> {
          int next = i + 1;
          while (next < args.length && !args[next].startsWith("--")) {
            specs.add(Path.of(args[next++]));
          }
          if (next == i + 1) {
            throw new CliArguments.UsageException("--spec needs at least one file");
          }
          return next - 1;
        }
        case "--package" -> packageName = Optional.of(value(args, i));
        case "--target" -> target = Optional.of(GatewaySites.parseTarget(value(args, i)).orElseThrow(() ->
            new CliArguments.UsageException("--target needs an absolute http or https URL, not '" + args[i + 1] + "'")));
        case "--ref-root" -> refRoot = Optional.of(Path.of(value(args, i)));
        case "--allow-origin" -> origins.add(value(args, i));
        case "--bind" -> bind = value(args, i);
        case "--port" -> port = (int) number(args, i, 0, 65535);
        case "--max-body-bytes" -> maxBodyBytes = number(args, i, 1, Integer.MAX_VALUE - 8L);
        case "--timeout-seconds" -> timeoutSeconds = number(args, i, 1, 3600);
        default -> throw new CliArguments.UsageException("unknown option '" + args[i] + "'");
      }
      return i + 1;
    }

    private static String value(String[] args, int i) throws CliArguments.UsageException {
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new CliArguments.UsageException(args[i] + " needs a value");
      }
      return args[i + 1];
    }

    private static long number(String[] args, int i, long min, long max) throws CliArguments.UsageException {
      String text = value(args, i);
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new CliArguments.UsageException(args[i] + " needs a whole number from " + min + " to " + max
          + ", not '" + text + "'");
    }
  }
}
