package dev.specgen.maven;

import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.PackageNames;
import dev.specgen.generate.SpecInput;
import dev.specgen.load.LoaderLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides whether a generation run can be skipped, and remembers what a successful run was made
 * from.
 *
 * <p>The state of one execution is a small text file (by default {@code
 * target/specgen-state/<executionId>.properties}) holding:
 *
 * <pre>
 * specgen-state 1
 * config &lt;SHA-256 of the configuration and the plugin version&gt;
 * file &lt;SHA-256 of the content&gt; &lt;absolute path&gt;     one per file of every spec's $ref closure
 * output &lt;absolute path&gt;                            one per folder the run wrote (each has a marker)
 * warning &lt;formatted warning&gt;                       replayed when the run is skipped
 * </pre>
 *
 * <p>A run is up to date when the configuration hash matches, every recorded file still has the
 * same content, and every recorded output folder still has its {@value OutputWriter#MARKER} file.
 * Any other state (no file, an unreadable one, a different version) means "generate".
 */
public final class BuildFingerprint {

  private static final String HEADER = "specgen-state 1";

  private final Path stateFile;
  private final String configHash;

  /** What a previous successful run recorded. */
  record State(String config, Map<Path, String> files, List<Path> outputs, List<String> warnings) {}

  /**
   * @param stateFile where this execution's state lives
   * @param configuration every setting that changes the output, in a stable text form (see {@link
   *     #describe})
   */
  public BuildFingerprint(Path stateFile, String configuration) {
    this.stateFile = stateFile;
    this.configHash = sha256(configuration.getBytes(StandardCharsets.UTF_8));
  }

  /** A stable text form of {@code options} plus {@code extra} lines (plugin version, flags). */
  public static String describe(GeneratorOptions options, Collection<String> extra) {
    // Field by field rather than through records' toString(), whose first call costs milliseconds.
    LoaderLimits limits = options.load().limits();
    StringBuilder text = new StringBuilder();
    extra.forEach(line -> text.append(line).append('\n'));
    for (SpecInput spec : options.specs()) {
      text.append("spec ").append(spec.packageName()).append(' ').append(spec.spec()).append('\n');
    }
    text.append("sources ").append(options.sourcesDirectory()).append('\n')
        .append("docs ").append(options.docsDirectory().map(Path::toString).orElse("-")).append('\n')
        .append("snippets ").append(options.snippetsDirectory().map(Path::toString).orElse("-"))
        .append('\n')
        .append("clients ").append(options.generateClients()).append('\n')
        .append("limits ").append(limits.maxFileBytes()).append(' ').append(limits.maxDepth())
        .append(' ').append(limits.maxNodes()).append('\n')
        .append("refRoot ").append(options.load().refRoot().map(Path::toString).orElse("-"))
        .append('\n');
    return text.toString();
  }

  /** The folders a run of {@code options} owns: each spec's package and docs folders. */
  public static List<Path> ownedFolders(GeneratorOptions options) {
    List<Path> folders = new ArrayList<>();
    for (SpecInput spec : options.specs()) {
      String packagePath = PackageNames.toPath(spec.packageName());
      folders.add(options.sourcesDirectory().resolve(packagePath));
      options.docsDirectory().ifPresent(d -> folders.add(d.resolve(Generator.docsFolder(spec))));
      options.snippetsDirectory().ifPresent(d -> folders.add(d.resolve(packagePath)));
    }
    return folders;
  }

  /**
   * The warnings of the previous run when nothing changed since it (no spec file, no setting, no
   * output folder); empty when a run is needed.
   */
  public Optional<List<String>> upToDate() {
    Optional<State> state = read();
    if (state.isEmpty() || !state.get().config().equals(configHash)) {
      return Optional.empty();
    }
    for (Path output : state.get().outputs()) {
      if (!Files.isRegularFile(output.resolve(OutputWriter.MARKER))) {
        return Optional.empty();
      }
    }
    for (Map.Entry<Path, String> file : state.get().files().entrySet()) {
      if (!file.getValue().equals(hashOf(file.getKey()).orElse(""))) {
        return Optional.empty();
      }
    }
    return Optional.of(state.get().warnings());
  }

  /**
   * Forgets the previous run, before a new one starts: if the new run fails halfway, the next
   * build regenerates instead of trusting outputs that may be half new.
   *
   * @return the output folders the previous run had written
   */
  public List<Path> forget() throws IOException {
    List<Path> previous = read().map(State::outputs).orElse(List.of());
    Files.deleteIfExists(stateFile);
    return previous;
  }

  /**
   * Records a successful run.
   *
   * @param files every file of every spec's {@code $ref} closure
   * @param outputs the folders the run owns (those that exist are recorded)
   * @param warnings the formatted warnings, replayed when a later run is skipped
   */
  public void record(Collection<Path> files, Collection<Path> outputs, List<String> warnings)
      throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("config ").append(configHash).append('\n');
    for (Path file : new TreeSet<>(files)) {
      Optional<String> hash = hashOf(file);
      if (hash.isEmpty()) {
        return; // a file vanished while generating: record nothing, so the next build regenerates
      }
      text.append("file ").append(hash.get()).append(' ').append(file).append('\n');
    }
    for (Path output : outputs) {
      if (Files.isRegularFile(output.resolve(OutputWriter.MARKER))) {
        text.append("output ").append(output).append('\n');
      }
    }
    warnings.forEach(w -> text.append("warning ").append(w.replaceAll("[\r\n]+", " ")).append('\n'));
    Files.createDirectories(stateFile.getParent());
    Path temp = Files.createTempFile(stateFile.getParent(), ".state-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Deletes output folders a previous run wrote that the current one no longer owns (a spec was
   * removed or renamed). Only folders that carry Specgen's marker, lie inside one of {@code roots}
   * and neither hold nor lie inside a current output folder are touched.
   *
   * @return the folders deleted
   */
  public static List<Path> deleteStale(List<Path> previous, List<Path> current, List<Path> roots)
      throws IOException {
    List<Path> deleted = new ArrayList<>();
    for (Path folder : previous) {
      boolean inRoot = roots.stream().anyMatch(r -> folder.startsWith(r) && !folder.equals(r));
      boolean nested = current.stream().anyMatch(c -> c.startsWith(folder) || folder.startsWith(c));
      if (inRoot && !nested && Files.isRegularFile(folder.resolve(OutputWriter.MARKER))) {
        deleteRecursively(folder);
        deleted.add(folder);
      }
    }
    return deleted;
  }

  Optional<State> read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    String config = "";
    Map<Path, String> files = new LinkedHashMap<>();
    List<Path> outputs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space + 1);
      switch (key) {
        case "config" -> config = value;
        case "file" -> {
          int split = value.indexOf(' ');
          if (split < 0) {
            return Optional.empty();
          }
          files.put(Path.of(value.substring(split + 1)), value.substring(0, split));
        }
        case "output" -> outputs.add(Path.of(value));
        case "warning" -> warnings.add(value);
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new State(config, files, outputs, warnings));
  }

  /** The SHA-256 of a file's content; empty when it cannot be read. */
  static Optional<String> hashOf(Path file) {
    try {
      return Optional.of(sha256(Files.readAllBytes(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
