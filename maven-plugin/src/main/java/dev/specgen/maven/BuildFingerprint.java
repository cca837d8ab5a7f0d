package dev.specgen.maven;

import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import dev.specgen.load.LoaderLimits;
import dev.specgen.maven.StateFile.State;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides, spec by spec, which specs of an execution must be generated again, and remembers what
 * each spec of a successful run was made from (in a {@link StateFile}).
 *
 * <p>A spec is up to date when the settings shared by all specs (their hash is the state's
 * {@code config}) are the recorded ones, it is still generated into the recorded package, every
 * file of its {@code $ref} closure still has the recorded SHA-256, and every folder it owns still
 * has its {@value OutputWriter#MARKER} file. Changing one spec of fifty therefore regenerates that
 * spec alone; changing a fragment regenerates exactly the specs that reach it.
 *
 * <p>Hashing is what makes the check exact, and is also its main cost. So a file whose size and
 * modification time are the recorded ones is taken as unchanged without being read, unless it was
 * modified less than {@link #RACY_MILLIS} before the state was recorded: a later edit in the same
 * tick of a coarse file system clock could then have kept its time (Git calls such entries
 * "racily clean"). A file whose time changed but whose content did not (a {@code touch}, another
 * checkout) is hashed and still up to date.
 */
public final class BuildFingerprint {

  /** Files modified this close to the recording are hashed on every check. */
  static final long RACY_MILLIS = 3_000;

  private static final String NONE = "-";

  private final StateFile stateFile;
  private final ProjectPaths paths;
  private final String configHash;

  /**
   * How the configured specs compare with the recorded ones.
   *
   * @param fresh records of the specs that are up to date, in the order of the specs
   * @param stale the specs to generate, in their order
   * @param retired folders that specs no longer up to date, or no longer configured, had written
   * @param removed how many recorded specs are no longer configured
   * @param recorded when the fresh records were made
   */
  public record Check(List<SpecRecord> fresh, List<SpecInput> stale, List<Path> retired,
      int removed, long recorded) {

    /** Nothing to generate and nothing to remove. */
    public boolean upToDate() {
      return stale.isEmpty() && removed == 0;
    }

    /** The recorded warnings of the up-to-date specs, in spec order. */
    public List<String> warnings() {
      return fresh.stream().flatMap(f -> f.warnings().stream()).toList();
    }
  }

  /**
   * @param stateFile where this execution's state lives
   * @param basedir the project folder that recorded paths are relative to
   * @param configuration every setting shared by all specs, in a stable text form (see {@link
   *     #describe})
   */
  public BuildFingerprint(Path stateFile, Path basedir, String configuration) {
    this.stateFile = new StateFile(stateFile);
    this.paths = new ProjectPaths(basedir);
    this.configHash = FileStamp.sha256(configuration.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A stable text form of the settings of {@code options} that all its specs share, plus {@code
   * extra} lines (plugin version, flags); paths relative to {@code basedir}. The specs and their
   * packages are compared one by one instead.
   */
  public static String describe(GeneratorOptions options, Path basedir, Collection<String> extra) {
    // Field by field rather than through records' toString(), whose first call costs milliseconds.
    ProjectPaths paths = new ProjectPaths(basedir);
    LoaderLimits limits = options.load().limits();
    StringBuilder text = new StringBuilder();
    for (String line : extra) {
      text.append(line).append('\n');
    }
    text.append("sources ").append(paths.relative(options.sourcesDirectory())).append('\n')
        .append("docs ").append(options.docsDirectory().map(paths::relative).orElse(NONE))
        .append('\n')
        .append("snippets ").append(options.snippetsDirectory().map(paths::relative).orElse(NONE))
        .append('\n')
        .append("clients ").append(options.generateClients()).append('\n')
        .append("html ").append(options.htmlReference()).append('\n')
        .append("limits ").append(limits.maxFileBytes()).append(' ').append(limits.maxDepth())
        .append(' ').append(limits.maxNodes()).append('\n')
        .append("refRoot ").append(options.load().refRoot().map(paths::relative).orElse(NONE))
        .append('\n');
    return text.toString();
  }

  /** Compares {@code specs} with what the state recorded. */
  public Check check(List<SpecInput> specs) {
    Optional<State> state = stateFile.read();
    long now = System.currentTimeMillis();
    if (state.isEmpty()) {
      return new Check(List.of(), specs, List.of(), 0, now);
    }
    if (!state.get().config().equals(configHash)) {
      return new Check(List.of(), specs, outputsOf(state.get().specs()), state.get().specs().size(),
          now);
    }
    Map<String, SpecRecord> recorded = new HashMap<>();
    state.get().specs().forEach(r -> recorded.put(r.spec(), r));
    FreshnessCheck freshness = new FreshnessCheck(state.get().recorded());
    List<SpecRecord> fresh = new ArrayList<>();
    List<SpecInput> stale = new ArrayList<>();
    List<SpecRecord> replaced = new ArrayList<>();
    for (SpecInput spec : specs) {
      SpecRecord record = recorded.remove(paths.relative(spec.spec()));
      if (record != null && freshness.upToDate(record, spec.packageName())) {
        fresh.add(record);
      } else {
        stale.add(spec);
        Optional.ofNullable(record).ifPresent(replaced::add);
      }
    }
    replaced.addAll(recorded.values()); // what is left was recorded for specs no longer configured
    return new Check(fresh, stale, outputsOf(replaced), recorded.size(),
        fresh.isEmpty() ? now : state.get().recorded());
  }

  /**
   * Keeps only {@code check}'s up-to-date specs in the state, before a run regenerates the others:
   * if that run fails halfway, the next build regenerates them instead of trusting outputs that
   * may be half new.
   */
  public void keepFresh(Check check) throws IOException {
    if (check.fresh().isEmpty()) {
      stateFile.delete();
    } else {
      stateFile.write(new State(configHash, check.recorded(), check.fresh()));
    }
  }

  /** Records a successful run: {@code specs}, in spec order, are all the execution's specs. */
  public void record(List<SpecRecord> specs, long recorded) throws IOException {
    stateFile.write(new State(configHash, recorded, specs));
  }

  /**
   * The record of a spec just generated; empty when a file of its closure vanished meanwhile (it is
   * then not recorded, so the next build generates it again).
   *
   * @param owned the folders the spec owns (those holding the marker are recorded)
   */
  public Optional<SpecRecord> recordOf(SpecReport report, List<Path> owned, List<String> warnings) {
    Map<String, Path> closure = new TreeMap<>();
    report.referencedFiles().forEach(f -> closure.put(paths.relative(f), f));
    List<FileStamp> stamps = new ArrayList<>();
    for (Map.Entry<String, Path> file : closure.entrySet()) {
      Optional<FileStamp> stamp = FileStamp.of(file.getValue(), file.getKey());
      if (stamp.isEmpty()) {
        return Optional.empty();
      }
      stamps.add(stamp.get());
    }
    List<String> outputs = owned.stream()
        .filter(o -> Files.isRegularFile(o.resolve(OutputWriter.MARKER)))
        .map(paths::relative).toList();
    return Optional.of(new SpecRecord(paths.relative(report.input().spec()),
        report.input().packageName(), stamps, outputs, warnings));
  }

  private List<Path> outputsOf(Collection<SpecRecord> records) {
    return records.stream().flatMap(r -> r.outputs().stream()).map(paths::resolve).toList();
  }

  /** One check's file comparisons, each file compared once however many specs reach it. */
  private final class FreshnessCheck {
    private final long recordedAt;
    private final Map<FileStamp, Boolean> files = new HashMap<>();

    FreshnessCheck(long recordedAt) {
      this.recordedAt = recordedAt;
    }

    boolean upToDate(SpecRecord record, String packageName) {
      if (!record.packageName().equals(packageName)) {
        return false;
      }
      for (String output : record.outputs()) {
        if (!Files.isRegularFile(paths.resolve(output).resolve(OutputWriter.MARKER))) {
          return false;
        }
      }
      return record.files().stream().allMatch(f -> files.computeIfAbsent(f,
          s -> s.matches(paths.resolve(s.path()), recordedAt, RACY_MILLIS)));
    }
  }
}
