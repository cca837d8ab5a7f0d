package dev.specgen.cli;

import dev.specgen.diag.Diagnostic;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
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

      Commands:
        generate   Loads the specs and writes models, clients and docs.
        validate   Loads and checks the specs; writes nothing.

      Options:
        --spec FILE...        Spec files (OpenAPI 3.0 or 3.1, YAML or JSON). Required.
        --package NAME        Java package of the generated code. With several specs, each spec
                              gets NAME.<file name> (front.yaml -> NAME.front). Default: generated.
        --out DIR             Output folder (generate). Sources go to DIR/java, docs to DIR/docs.
        --docs DIR            Write the docs to DIR instead of DIR/docs.
        --no-docs             Do not write docs (nor their snippet classes, DIR/snippets).
        --models-only         Generate models but no clients.
        --ref-root DIR        Folder that $refs may not leave. Default: each spec's own folder.
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
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(args);
    } catch (CliArguments.UsageException e) {
      err.println("specgen: " + e.getMessage());
      err.println("Run 'specgen --help' for usage.");
      return USAGE_ERROR;
    }
    Optional<String> badPackage = PackageNames.assign(arguments.specs(), arguments.packageName())
        .stream().map(SpecInput::packageName).filter(p -> !PackageNames.isValid(p)).findFirst();
    if (badPackage.isPresent()) {
      err.println("specgen: '" + badPackage.get() + "' is not a valid Java package name");
      return USAGE_ERROR;
    }
    try {
      return arguments.command().equals("validate") ? validate(arguments) : generate(arguments);
    } catch (OutputWriter.OutputException e) {
      err.println("specgen: " + e.getMessage());
      return SPEC_ERRORS;
    }
  }

  private int validate(CliArguments arguments) {
    List<SpecReport> reports = new Generator().load(options(arguments, Path.of(".")));
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
    return errors || (arguments.failOnWarnings() && warnings > 0) ? SPEC_ERRORS : OK;
  }

  private int generate(CliArguments arguments) {
    Path outDir = arguments.out().orElseThrow();
    GeneratorOptions options = options(arguments, outDir);
    if (arguments.failOnWarnings()) {
      List<SpecReport> reports = new Generator().load(options);
      if (reports.stream().anyMatch(r -> r.diagnostics().warningCount() > 0 || r.diagnostics().hasErrors())) {
        reports.forEach(r -> printDiagnostics(r.diagnostics().all()));
        err.println("specgen: nothing written (--fail-on-warnings)");
        return SPEC_ERRORS;
      }
    }
    GenerationResult result = new Generator().generate(options);
    printDiagnostics(result.diagnostics());
    if (result.hasErrors()) {
      err.println("specgen: nothing written: the specs have errors");
      return SPEC_ERRORS;
    }
    out.println("specgen: " + result.summary() + " -> " + outDir);
    return OK;
  }

  private static GeneratorOptions options(CliArguments arguments, Path outDir) {
    List<SpecInput> inputs = PackageNames.assign(arguments.specs(), arguments.packageName());
    LoaderLimits limits = arguments.maxSpecBytes()
        .map(LoaderLimits.DEFAULTS::withMaxFileBytes).orElse(LoaderLimits.DEFAULTS);
    LoadOptions load = new LoadOptions(limits, arguments.refRoot());
    Optional<Path> docs = arguments.noDocs()
        ? Optional.empty()
        : Optional.of(arguments.docs().orElse(outDir.resolve("docs")));
    Optional<Path> snippets = docs.map(d -> outDir.resolve("snippets")); // the docs' code
    return new GeneratorOptions(inputs, outDir.resolve("java"), docs, snippets,
        !arguments.modelsOnly(), load);
  }

  private void printDiagnostics(List<Diagnostic> diagnostics) {
    diagnostics.forEach(d -> err.println(d.format()));
  }
}
