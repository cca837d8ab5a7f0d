package dev.specgen.bench;

import dev.specgen.bench.ProcessRunner.Measurement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times {@code javac} on a generated source tree: the JDK's own {@code javac} in a fresh process,
 * {@code --release 17 -proc:none -nowarn}, a generous heap, against the class path the generated
 * code needs. Every run compiles into an empty folder; the class files of the last run are
 * weighed.
 */
public final class JavacTiming {

  /** The compiler's heap: large enough that no side spends its time collecting garbage. */
  static final String HEAP = "-J-Xmx3g";

  /** The options every compilation gets, the same for both tools. */
  public static final List<String> OPTIONS = List.of(HEAP, "--release", "17", "-proc:none",
      "-nowarn", "-encoding", "UTF-8", "-implicit:none");

  /**
   * @param sourceFiles the {@code .java} files compiled
   * @param runs wall time of each successful compilation, ms
   * @param classBytes total size of the {@code .class} files written
   * @param classFiles number of {@code .class} files written
   * @param failure why it did not compile, when it did not
   */
  public record Result(int sourceFiles, List<Double> runs, long classBytes, int classFiles,
      Optional<String> failure) {
    /** The median compilation time, or NaN if none succeeded. */
    public double medianMillis() {
      return runs.isEmpty() ? Double.NaN : Stats.median(runs);
    }
  }

  private final ProcessRunner runner;
  private final Path work;

  /**
   * @param runner runs each compilation (its time limit applies)
   * @param work scratch folder for class files, argument files and logs
   */
  public JavacTiming(ProcessRunner runner, Path work) {
    this.runner = runner;
    this.work = work;
  }

  /**
   * Compiles every {@code .java} file under {@code sources} {@code runs} times (stopping at the
   * first failure).
   *
   * @param name names the scratch folders and logs
   * @param sources the generated main sources
   * @param classPath the class path, as {@code dependency:build-classpath} writes it
   * @param runs how many times to compile
   * @return the times and the size of the class files
   * @throws IOException if the scratch folder cannot be written
   */
  public Result time(String name, Path sources, String classPath, int runs) throws IOException {
    List<Path> files = CodeSize.javaFiles(sources);
    if (files.isEmpty()) {
      return new Result(0, List.of(), 0, 0, Optional.of("no Java files under " + sources));
    }
    return time(name, files, classPath, runs);
  }

  /**
   * Compiles the given {@code .java} files {@code runs} times (stopping at the first failure).
   *
   * @param name names the scratch folders and logs
   * @param files the sources compiled together
   * @param classPath the class path, as {@code dependency:build-classpath} writes it
   * @param runs how many times to compile
   * @return the times and the size of the class files
   * @throws IOException if the scratch folder cannot be written
   */
  public Result time(String name, List<Path> files, String classPath, int runs) throws IOException {
    if (files.isEmpty()) {
      return new Result(0, List.of(), 0, 0, Optional.of("no Java files to compile"));
    }
    Path argFile = work.resolve("javac-" + name + ".args");
    Files.createDirectories(work);
    Files.write(argFile, files.stream().map(p -> quote(p.toString())).toList(), StandardCharsets.UTF_8);
    Path classes = null;
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      // A folder per run, none deleted meanwhile: see Files2.retire.
      classes = work.resolve("javac-" + name + "-classes-" + (i + 1));
      Files.createDirectories(classes);
      Path log = work.resolve("logs/javac-" + name + "-" + i + ".log");
      Measurement m = runner.run(command(classPath, classes, argFile), work, log);
      if (!m.ok()) {
        return new Result(files.size(), times, 0, 0, Optional.of(firstError(m, log)));
      }
      times.add(m.millis());
    }
    if (classes == null) {
      return new Result(files.size(), times, 0, 0, Optional.of("no javac run was asked for"));
    }
    long[] weight = weigh(classes);
    return new Result(files.size(), times, weight[0], (int) weight[1], Optional.empty());
  }

  static List<String> command(String classPath, Path classes, Path argFile) {
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<String> command = new ArrayList<>(List.of(javac));
    command.addAll(OPTIONS);
    command.addAll(List.of("-cp", classPath, "-d", classes.toString(), "@" + argFile));
    return command;
  }

  private static String firstError(Measurement m, Path log) {
    String first = m.output().lines().filter(l -> l.contains("error")).findFirst().orElse("");
    return (m.exitCode() == -1 ? "timed out" : "javac exit code " + m.exitCode())
        + (first.isEmpty() ? "" : ": " + first.strip()) + " (see " + log.getFileName() + ")";
  }

  /** Quotes a path for a javac argument file (which treats spaces and backslashes specially). */
  private static String quote(String path) {
    return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Total bytes and count of the class files under {@code root}. */
  static long[] weigh(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      long[] total = new long[2];
      walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
        try {
          total[0] += Files.size(p);
          total[1]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return total;
    }
  }
}
