package dev.specgen.maven;

import dev.specgen.generate.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build state of one execution on disk, a small text file:
 *
 * <pre>
 * specgen-state 4
 * setting &lt;line&gt;                                 each setting all specs share
 * spec &lt;path&gt;                                    then, for this spec:
 * recorded &lt;epoch millis when its files were read&gt;
 * package &lt;Java package it was generated into&gt;
 * file &lt;SHA-256&gt; &lt;size&gt; &lt;modified, epoch millis&gt; &lt;path&gt;   each file of its $ref closure
 * output &lt;path&gt;                                  each folder it owns
 * warning &lt;formatted warning&gt;                     replayed when it is skipped
 * </pre>
 *
 * <p>Paths are relative to the project (see {@link ProjectPaths}). The settings are kept as text
 * rather than as a hash, so that comparing them costs no digest; a setting's line breaks and
 * backslashes are written as {@code \n}, {@code \r} and {@code \\}. Anything else (no file, an
 * unreadable or damaged one, an older format) reads as "no state", which means "generate".
 */
final class StateFile {

  static final String HEADER = "specgen-state 4";

  /**
   * What a previous successful run recorded.
   *
   * @param settings the settings shared by all specs, one line each (see {@link
   *     BuildFingerprint#describe})
   * @param specs one record per spec, in spec order
   */
  record State(List<String> settings, List<SpecRecord> specs) {}

  private final Path file;

  StateFile(Path file) {
    this.file = file;
  }

  Optional<State> read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // none yet, or unreadable: either way, generate
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Parser().parse(lines.subList(1, lines.size())));
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged state file: generate
    }
  }

  /** Replaces the file with {@code state} in one move, so a reader never sees half of it. */
  void write(State state) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (String setting : state.settings()) {
      text.append("setting ").append(escape(setting)).append('\n');
    }
    for (SpecRecord spec : state.specs()) {
      text.append("spec ").append(spec.spec()).append('\n')
          .append("recorded ").append(spec.recorded()).append('\n')
          .append("package ").append(spec.packageName()).append('\n');
      for (FileStamp f : spec.files()) {
        text.append("file ").append(f.line()).append('\n');
      }
      spec.outputs().forEach(o -> text.append("output ").append(o).append('\n'));
      spec.warnings().forEach(w ->
          text.append("warning ").append(w.replaceAll("[\r\n]+", " ")).append('\n'));
    }
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".state-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      FileTrees.moveReplacing(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** {@code value} on one line: backslashes doubled, line breaks as {@code \n} and {@code \r}. */
  static String escape(String value) {
    if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  /** The value that {@link #escape} wrote as {@code line}. */
  static String unescape(String line) {
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder value = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  /** Reads the lines after the header; throws on anything it does not know. */
  private static final class Parser {
    private final List<String> settings = new ArrayList<>();
    private long recorded = -1;
    private final List<SpecRecord> specs = new ArrayList<>();
    private String spec;
    private String packageName = "";
    private final List<FileStamp> files = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    State parse(List<String> lines) {
      for (String line : lines) {
        String[] parts = line.split(" ", 2);
        String value = parts.length == 2 ? parts[1] : "";
        switch (parts[0]) {
          case "setting" -> settings.add(unescape(value));
          case "recorded" -> current().recorded = Long.parseLong(value);
          case "spec" -> startSpec(value);
          case "package" -> current().packageName = value;
          case "file" -> current().files.add(stamp(value));
          case "output" -> current().outputs.add(value);
          case "warning" -> current().warnings.add(value);
          default -> throw new IllegalArgumentException("unknown line: " + line);
        }
      }
      endSpec();
      return new State(List.copyOf(settings), specs);
    }

    private static FileStamp stamp(String value) {
      String[] f = value.split(" ", 4);
      return new FileStamp(f[3], f[0], Long.parseLong(f[1]), Long.parseLong(f[2]));
    }

    private Parser current() {
      if (spec == null) {
        throw new IllegalArgumentException("a spec's line before any spec");
      }
      return this;
    }

    private void startSpec(String path) {
      endSpec();
      spec = path;
    }

    private void endSpec() {
      if (spec != null) {
        if (recorded < 0) {
          throw new IllegalArgumentException("spec " + spec + " without its recording time");
        }
        specs.add(new SpecRecord(spec, packageName, recorded, files, outputs, warnings));
      }
      spec = null;
      recorded = -1;
      packageName = "";
      files.clear();
      outputs.clear();
      warnings.clear();
    }
  }
}
