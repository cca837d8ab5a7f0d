package dev.specgen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line. Parsing never exits or prints: it returns the arguments or throws
 * {@link UsageException} with a message for the user.
 */
record CliArguments(
    String command,
    List<Path> specs,
    Optional<String> packageName,
    Optional<Path> out,
    Optional<Path> docs,
    boolean noDocs,
    boolean noHtml,
    boolean modelsOnly,
    Optional<Path> refRoot,
    Optional<Long> maxSpecBytes,
    boolean failOnWarnings) {

  /** A command line that cannot be run as written. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static CliArguments parse(String[] args) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("missing command (generate, validate or gateway)");
    }
    Parser parser = new Parser(args[0]);
    for (int i = 1; i < args.length; i++) {
      i = parser.option(args, i);
    }
    return parser.build();
  }

  /** Accumulates options; one method per option keeps the rules readable. */
  private static final class Parser {
    private final String command;
    private final List<Path> specs = new ArrayList<>();
    private String packageName;
    private Path out;
    private Path docs;
    private boolean noDocs;
    private boolean noHtml;
    private boolean modelsOnly;
    private Path refRoot;
    private Long maxSpecBytes;
    private boolean failOnWarnings;

    Parser(String command) throws UsageException {
      if (!command.equals("generate") && !command.equals("validate")) {
        throw new UsageException("unknown command '" + command + "' (expected generate, validate or gateway)");
      }
      this.command = command;
    }

    /** Reads the option at {@code i}; returns the index of the last argument it used. */
    int option(String[] args, int i) throws UsageException {
      String option = args[i];
      switch (option) {
        case "--spec" -> {
          int next = i + 1;
          while (next < args.length && !args[next].startsWith("--")) {
            specs.add(Path.of(args[next++]));
          }
          if (next == i + 1) {
            throw new UsageException("--spec needs at least one file");
          }
          return next - 1;
        }
        case "--package" -> packageName = value(args, i);
        case "--out" -> out = Path.of(value(args, i));
        case "--docs" -> docs = Path.of(value(args, i));
        case "--ref-root" -> refRoot = Path.of(value(args, i));
        case "--max-spec-bytes" -> maxSpecBytes = positiveLong(option, value(args, i));
        case "--no-docs" -> noDocs = true;
        case "--no-html" -> noHtml = true;
        case "--models-only" -> modelsOnly = true;
        case "--fail-on-warnings" -> failOnWarnings = true;
        default -> throw new UsageException("unknown option '" + option + "'");
      }
      return option.equals("--no-docs") || option.equals("--no-html") || option.equals("--models-only")
          || option.equals("--fail-on-warnings") ? i : i + 1;
    }

    private static String value(String[] args, int i) throws UsageException {
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException(args[i] + " needs a value");
      }
      return args[i + 1];
    }

    private static long positiveLong(String option, String text) throws UsageException {
      try {
        long value = Long.parseLong(text);
        if (value > 0) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException(option + " needs a positive whole number, not '" + text + "'");
    }

    CliArguments build() throws UsageException {
      if (specs.isEmpty()) {
        throw new UsageException("--spec is required");
      }
      if (command.equals("generate") && out == null) {
        throw new UsageException("generate needs --out DIR");
      }
      if (docs != null && noDocs) {
        throw new UsageException("--docs and --no-docs contradict each other");
      }
      return new CliArguments(command, List.copyOf(specs), Optional.ofNullable(packageName),
          Optional.ofNullable(out), Optional.ofNullable(docs), noDocs, noHtml, modelsOnly,
          Optional.ofNullable(refRoot), Optional.ofNullable(maxSpecBytes), failOnWarnings);
    }
  }
}
