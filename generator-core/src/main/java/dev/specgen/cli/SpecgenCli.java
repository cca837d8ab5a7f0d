package dev.specgen.cli;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.InvalidOptionsException;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import dev.specgen.load.LoaderLimits;
import dev.specgen.read.LoadOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code specgen} command line: {@code generate} and {@code validate}.
 *
 * <p>Exit codes: 0 when everything went well, 1 when a spec has errors (or warnings with {@code
 * --fail-on-warnings}), 2 when the command line itself is wrong.
 */
public final class SpecgenCli {

  static final int OK = 0;
  static final int SPEC_ERRORS = 1;
  static final int USAGE_ERROR = 2;

  static final String HELP = """
      Usage:
        specgen generate --spec FILE... --package NAME --out DIR [options]
        specgen validate --spec FILE... [options]
        specgen gateway --spec FILE... [options]   (specgen gateway --help for its options)

      Commands:
        generate   Loads the specs and writes models, clients and docs.
        validate   Loads and checks the specs; writes nothing.
        gateway    Serves the HTML reference and forwards its requests to the API.

      Options:
        --spec FILE...        Spec files (OpenAPI 3.0 or 3.1, YAML or JSON). Required.
        --package NAME        Java package of the generated code. With several specs, each spec
                              gets NAME.<file name> (front.yaml -> NAME.front). Default: generated.
        --out DIR             Output folder (generate). Sources go to DIR/java, docs to DIR/docs.
        --docs DIR            Write the docs to DIR instead of DIR/docs.
        --no-docs             Do not write docs (nor their snippet classes, DIR/snippets).
        --no-html             Write the Markdown docs without the HTML reference (<docs>/<spec>/html).
        --models-only         Generate models but no clients.
        --ref-root DIR        Folder that $refs may not leave. Default: the current folder (each
                              spec's own folder for a spec outside the current folder).
        --max-spec-bytes N    Refuse spec files larger than N bytes. Default: 52428800 (50 MB).
        --fail-on-warnings    Treat warnings as errors (exit code 1).
        --help                Print this help.

      Exit codes: 0 success, 1 errors in a spec, 2 wrong command line.
      Diagnostics are printed as file:line:column: severity: message (at /json/pointer).
      """;

  private final PrintStream out;
  private final PrintStream err;

  SpecgenCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new SpecgenCli(System.out, System.err).run(args));
  }

  /** Runs one command and returns its exit code; never throws for bad input. */
  int run(String[] args) {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("help") || args[0].equals("-h"))) {
      out.print(HELP);
      return OK;
    }
    if (args.length > 0 && args[0].equals("gateway")) {
      return gateway(args);
    }
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(args);
    } catch (CliArguments.UsageException e) {
      err.println("specgen: " + e.getMessage());
      err.println("Run 'specgen --help' for usage.");
      return USAGE_ERROR;
    }
    GeneratorOptions options;
    try {
      options = options(arguments);
    } catch (InvalidOptionsException e) {
      err.println("specgen: " + e.getMessage());
      return USAGE_ERROR;
    }
    try {
      return arguments.command().equals("validate") ? validate(options) : generate(options);
    } catch (OutputWriter.OutputException e) {
      err.println("specgen: " + e.getMessage());
      return SPEC_ERRORS;
    }
  }

  private int gateway(String[] args) {
    if (List.of(args).contains("--help")) {
      out.print(GatewayCommand.HELP);
      return OK;
    }
    try {
      return new GatewayCommand(out, err).runUntilStopped(args);
    } catch (CliArguments.UsageException e) {
      err.println("specgen: " + e.getMessage());
      err.println("Run 'specgen gateway --help' for usage.");
      return USAGE_ERROR;
    }
  }

  private int validate(GeneratorOptions options) {
    List<SpecReport> reports = new Generator().load(options);
    reports.forEach(r -> printDiagnostics(r.diagnostics().all()));
    boolean errors = reports.stream().anyMatch(r -> r.diagnostics().hasErrors());
    long warnings = reports.stream().mapToLong(r -> r.diagnostics().warningCount()).sum();
    for (SpecReport report : reports) {
      out.println(report.input().spec() + ": " + report.model().map(m -> m.operations().size()
          + " operations, " + m.types().size() + " types").orElse("not loaded") + ", "
          + report.diagnostics().errorCount() + " errors, " + report.diagnostics().warningCount()
          + " warnings" + (report.operationsWithUnsupportedParts() == 0 ? ""
              : ", " + report.operationsWithUnsupportedParts() + " operations with unsupported parts"));
    }
    return errors || (options.failOnWarnings() && warnings > 0) ? SPEC_ERRORS : OK;
  }

  private int generate(GeneratorOptions options) {
    GenerationResult result = new Generator().generate(options);
    printDiagnostics(result.diagnostics());
    if (result.hasErrors()) {
      err.println("specgen: nothing written: the specs have errors");
      return SPEC_ERRORS;
    }
    if (result.failed()) {
      err.println("specgen: nothing written (--fail-on-warnings)");
      return SPEC_ERRORS;
    }
    out.println("specgen: " + result.summary() + " -> " + options.sourcesDirectory().getParent());
    return OK;
  }

  /** The generator's options for a command line: the command line's layout of DIR, nothing more. */
  private static GeneratorOptions options(CliArguments arguments) {
    Path outDir = arguments.out().orElse(Path.of(".")); // validate writes nothing
    List<SpecInput> inputs = PackageNames.assign(arguments.specs(), arguments.packageName());
    LoaderLimits limits = arguments.maxSpecBytes()
        .map(LoaderLimits.DEFAULTS::withMaxFileBytes).orElse(LoaderLimits.DEFAULTS);
    LoadOptions load = new LoadOptions(limits, arguments.refRoot().or(() -> defaultRefRoot(arguments)),
        "--ref-root");
    Optional<Path> docs = arguments.noDocs()
        ? Optional.empty()
        : Optional.of(arguments.docs().orElse(outDir.resolve("docs")));
    Optional<Path> snippets = docs.map(d -> outDir.resolve("snippets")); // the docs' code
    return new GeneratorOptions(inputs, outDir.resolve("java"), docs, snippets,
        !arguments.modelsOnly(), load, arguments.failOnWarnings(), !arguments.noHtml());
  }

  /**
   * The current folder, so that specs published as folders that share files ({@code apps/x.json}
   * referring to {@code ../common/}) load when run from their top folder; when a spec lies outside
   * the current folder, each spec's own folder (empty) as before.
   */
  private static Optional<Path> defaultRefRoot(CliArguments arguments) {
    Path current = Path.of("").toAbsolutePath().normalize();
    boolean allInside = arguments.specs().stream()
        .allMatch(spec -> spec.toAbsolutePath().normalize().startsWith(current));
    return allInside ? Optional.of(current) : Optional.empty();
  }

  private void printDiagnostics(List<Diagnostic> diagnostics) {
    diagnostics.forEach(d -> err.println(d.format()));
  }
}
