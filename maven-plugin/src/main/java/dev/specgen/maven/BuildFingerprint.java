package dev.specgen.maven;

import dev.specgen.generate.FileTrees;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.SpecInput;
import dev.specgen.load.LoaderLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
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
 * specgen-state 2
 * config &lt;SHA-256 of the configuration and the plugin version&gt;
 * recorded &lt;epoch millis when the state was written&gt;
 * file &lt;SHA-256&gt; &lt;size&gt; &lt;modified, epoch millis&gt; &lt;absolute path&gt;   each file of each spec's $ref closure
 * output &lt;absolute path&gt;          each folder the run wrote (each holds Specgen's marker file)
 * warning &lt;formatted warning&gt;     replayed when the run is skipped
 * </pre>
 *
 * <p>A run is up to date when the configuration hash matches, every recorded file still has the
 * same SHA-256, and every recorded output folder still has its {@value OutputWriter#MARKER} file.
 * Any other state (no file, an unreadable one, an older format) means "generate".
 *
 * <p>Hashing is what makes the check exact, and is also its main cost (tens of milliseconds for a
 * few specs in a JVM that has not warmed up). So a file whose size and modification time are the
 * recorded ones is taken as unchanged without being read, unless it was modified less than {@link
 * #RACY_MILLIS} before the state was recorded: a later edit in the same tick of a coarse file
 * system clock could then have kept its time (Git calls such entries "racily clean"). A file
 * whose time changed but whose content did not (a {@code touch}) is hashed and still up to date.
 */
public final class BuildFingerprint {

  private static final String HEADER = "specgen-state 2";

  /** Files modified this close to the recording are hashed on every check. */
  static final long RACY_MILLIS = 3_000;

  private static final Path NONE = Path.of("-");

  private final Path stateFile;
  private final String configHash;

  /** What a previous successful run recorded. */
  record State(String config, long recorded, List<FileStamp> files, List<Path> outputs,
      List<String> warnings) {}

  /** A file's content hash and the metadata it had when hashed. */
  record FileStamp(Path path, String sha256, long size, long modified) {

    /** Whether the file still has this content, reading it only when its metadata changed. */
    boolean matches(long recordedAt) {
      try {
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        if (now.size() == size && now.lastModifiedTime().toMillis() == modified
            && modified < recordedAt - RACY_MILLIS) {
          return true;
        }
        return now.size() == size && sha256.equals(hashOf(path).orElse(""));
      } catch (IOException e) {
        return false;
      }
    }

    /** The stamp of {@code path} as it is now; empty when it cannot be read. */
    static Optional<FileStamp> of(Path path) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        Optional<String> hash = hashOf(path);
        return hash.map(h -> new FileStamp(path, h, attributes.size(),
            attributes.lastModifiedTime().toMillis()));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }

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
    for (String line : extra) {
      text.append(line).append('\n');
    }
    for (SpecInput spec : options.specs()) {
      text.append("spec ").append(spec.packageName()).append(' ').append(spec.spec()).append('\n');
    }
    text.append("sources ").append(options.sourcesDirectory()).append('\n')
        .append("docs ").append(options.docsDirectory().orElse(NONE)).append('\n')
        .append("snippets ").append(options.snippetsDirectory().orElse(NONE)).append('\n')
        .append("clients ").append(options.generateClients()).append('\n')
        .append("html ").append(options.htmlReference()).append('\n')
        .append("limits ").append(limits.maxFileBytes()).append(' ').append(limits.maxDepth())
        .append(' ').append(limits.maxNodes()).append('\n')
        .append("refRoot ").append(options.load().refRoot().orElse(NONE)).append('\n');
    return text.toString();
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
    for (FileStamp file : state.get().files()) {
      if (!file.matches(state.get().recorded())) {
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
    text.append("recorded ").append(System.currentTimeMillis()).append('\n');
    for (Path file : new TreeSet<>(files)) {
      Optional<FileStamp> stamp = FileStamp.of(file);
      if (stamp.isEmpty()) {
        return; // a file vanished while generating: record nothing, so the next build regenerates
      }
      FileStamp f = stamp.get();
      text.append("file ").append(f.sha256()).append(' ').append(f.size()).append(' ')
          .append(f.modified()).append(' ').append(file).append('\n');
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
      FileTrees.moveReplacing(temp, stateFile);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  Optional<State> read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // none yet, or unreadable: either way, generate
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    String config = "";
    long recorded = 0;
    List<FileStamp> files = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try {
      for (String line : lines.subList(1, lines.size())) {
        String[] parts = line.split(" ", 2);
        String value = parts.length == 2 ? parts[1] : "";
        switch (parts[0]) {
          case "config" -> config = value;
          case "recorded" -> recorded = Long.parseLong(value);
          case "file" -> {
            String[] f = value.split(" ", 4);
            files.add(new FileStamp(Path.of(f[3]), f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
          }
          case "output" -> outputs.add(Path.of(value));
          case "warning" -> warnings.add(value);
          default -> {
            return Optional.empty();
          }
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged state file: generate
    }
    return Optional.of(new State(config, recorded, files, outputs, warnings));
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
}
