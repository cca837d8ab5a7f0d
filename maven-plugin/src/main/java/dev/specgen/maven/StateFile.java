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
 * specgen-state 3
 * config &lt;SHA-256 of the settings shared by all specs and the plugin version&gt;
 * recorded &lt;epoch millis when the state was written&gt;
 * spec &lt;path&gt;                                    then, for this spec:
 * package &lt;Java package it was generated into&gt;
 * file &lt;SHA-256&gt; &lt;size&gt; &lt;modified, epoch millis&gt; &lt;path&gt;   each file of its $ref closure
 * output &lt;path&gt;                                  each folder it owns
 * warning &lt;formatted warning&gt;                     replayed when it is skipped
 * </pre>
 *
 * <p>Paths are relative to the project (see {@link ProjectPaths}). Anything else (no file, an
 * unreadable or damaged one, an older format) reads as "no state", which means "generate".
 */
final class StateFile {

  static final String HEADER = "specgen-state 3";

  /** What a previous successful run recorded. */
  record State(String config, long recorded, List<SpecRecord> specs) {}

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
    StringBuilder text = new StringBuilder(HEADER).append('\n')
        .append("config ").append(state.config()).append('\n')
        .append("recorded ").append(state.recorded()).append('\n');
    for (SpecRecord spec : state.specs()) {
      text.append("spec ").append(spec.spec()).append('\n')
          .append("package ").append(spec.packageName()).append('\n');
      for (FileStamp f : spec.files()) {
        text.append("file ").append(f.sha256()).append(' ').append(f.size()).append(' ')
            .append(f.modified()).append(' ').append(f.path()).append('\n');
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

  /** Reads the lines after the header; throws on anything it does not know. */
  private static final class Parser {
    private String config = "";
    private long recorded;
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
          case "config" -> config = value;
          case "recorded" -> recorded = Long.parseLong(value);
          case "spec" -> startSpec(value);
          case "package" -> current().packageName = value;
          case "file" -> current().files.add(stamp(value));
          case "output" -> current().outputs.add(value);
          case "warning" -> current().warnings.add(value);
          default -> throw new IllegalArgumentException("unknown line: " + line);
        }
      }
      endSpec();
      return new State(config, recorded, specs);
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
        specs.add(new SpecRecord(spec, packageName, files, outputs, warnings));
      }
      spec = null;
      packageName = "";
      files.clear();
      outputs.clear();
      warnings.clear();
    }
  }
}
