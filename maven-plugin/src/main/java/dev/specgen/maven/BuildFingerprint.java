package dev.specgen.maven;

import dev.specgen.generate.OutputWriter;
import dev.specgen.generate.SpecInput;
import dev.specgen.generate.SpecReport;
import dev.specgen.load.LoaderLimits;
import dev.specgen.maven.StateFile.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides, spec by spec, which specs of an execution must be generated again, and remembers what
 * each spec of a successful run was made from (in a {@link StateFile}).
 *
 * <p>A spec is up to date when the settings shared by all specs (the state's {@code setting}
 * lines) are the recorded ones, it is still generated into the recorded package, every file of its
 * {@code $ref} closure still has the recorded SHA-256, and every folder it owns still has its
 * {@value OutputWriter#MARKER} file. Changing one spec of fifty therefore regenerates that spec
 * alone; changing a fragment regenerates exactly the specs that reach it.
 *
 * <p>A build that changed nothing is the common case, and its check ({@link #unchanged}) loads no
 * generator code: the packages need not be assigned to be compared, because the settings (the base
 * package among them) and the set of specs decide every package.
 *
 * <p>Hashing is what makes the check exact, and is also its main cost. So a file whose size and
 * modification time are the recorded ones is taken as unchanged without being read, unless it was
 * modified less than {@link #RACY_MILLIS} before its spec's record was made: a later edit in the same
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
  private final List<String> settings;

  /**
   * How the configured specs compare with the recorded ones.
   *
   * @param fresh records of the specs that are up to date, in the order of the specs
   * @param stale the specs to generate, in their order
   * @param retired folders that specs no longer up to date, or no longer configured, had written
   * @param removed how many recorded specs are no longer configured
   */
  public record Check(List<SpecRecord> fresh, List<SpecInput> stale, List<Path> retired,
      int removed) {

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
   * @param settings every setting shared by all specs, one line each, in a stable form (see {@link
   *     #describe})
   */
  public BuildFingerprint(Path stateFile, Path basedir, List<String> settings) {
    this.stateFile = new StateFile(stateFile);
    this.paths = new ProjectPaths(basedir);
    this.settings = List.copyOf(settings);
  }

  /**
   * A stable form of the settings that all specs of {@code settings} share, one line each, after
   * the {@code extra} lines (plugin version, jars); paths relative to the project. The specs are
   * compared one by one instead.
   *
   * @param settings the goal's configuration
   * @param htmlReference whether the docs include the HTML reference
   * @param extra lines identifying the plugin
   * @return the lines
   */
  public static List<String> describe(SpecgenSettings settings, boolean htmlReference,
      Collection<String> extra) {
    ProjectPaths paths = new ProjectPaths(settings.basedir());
    LoaderLimits limits = LoaderLimits.DEFAULTS; // but for the file size, which is a setting
    List<String> lines = new ArrayList<>(extra);
    lines.add("sources " + paths.relative(settings.resolve(settings.sourcesDirectory())));
    lines.add("docs " + relativeOrNone(settings, settings.docsDirectory(), paths));
    lines.add("snippets " + relativeOrNone(settings, settings.snippetsDirectory(), paths));
    lines.add("clients " + settings.generateClients());
    lines.add("html " + htmlReference);
    lines.add("package " + settings.packageName().orElse(NONE));
    lines.add("limits " + settings.maxSpecBytes() + " " + limits.maxDepth() + " "
        + limits.maxNodes());
    lines.add("refRoot " + paths.relative(settings.resolve(settings.refRoot())));
    lines.add("failOnWarnings " + settings.failOnWarnings());
    return lines;
  }

  private static String relativeOrNone(SpecgenSettings settings, Optional<Path> folder,
      ProjectPaths paths) {
    return folder.isPresent() ? paths.relative(settings.resolve(folder.get())) : NONE;
  }

  /**
   * Whether nothing is to be done: {@code specs} are exactly the recorded specs, with the recorded
   * settings, and every one is up to date. Reads the state and file metadata only; the packages
   * are not assigned, since the same settings and the same specs give the same packages.
   *
   * @param specs the specs found, absolute and normalized, in their order
   * @return the recorded warnings of the specs in their order, or empty when any spec is to be
   *     generated or removed (then {@link #check} tells which)
   */
  public Optional<List<String>> unchanged(List<Path> specs) {
    Optional<State> state = stateFile.read();
    if (state.isEmpty() || !state.get().settings().equals(settings)
        || state.get().specs().size() != specs.size()) {
      return Optional.empty();
    }
    Map<String, SpecRecord> recorded = new HashMap<>();
    for (SpecRecord record : state.get().specs()) {
      recorded.put(record.spec(), record);
    }
    FreshnessCheck freshness = new FreshnessCheck();
    List<String> warnings = new ArrayList<>();
    for (Path spec : specs) {
      SpecRecord record = recorded.get(paths.relative(spec));
      if (record == null || !freshness.upToDate(record)) {
        return Optional.empty();
      }
      warnings.addAll(record.warnings());
    }
    return Optional.of(warnings);
  }

  /** Compares {@code specs} with what the state recorded. */
  public Check check(List<SpecInput> specs) {
    Optional<State> state = stateFile.read();
    if (state.isEmpty()) {
      return new Check(List.of(), specs, List.of(), 0);
    }
    if (!state.get().settings().equals(settings)) {
      return new Check(List.of(), specs, outputsOf(state.get().specs()), state.get().specs().size());
    }
    Map<String, SpecRecord> recorded = new HashMap<>();
    state.get().specs().forEach(r -> recorded.put(r.spec(), r));
    FreshnessCheck freshness = new FreshnessCheck();
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
    return new Check(fresh, stale, outputsOf(replaced), recorded.size());
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
      stateFile.write(new State(settings, check.fresh()));
    }
  }

  /** Records a successful run: {@code specs}, in spec order, are all the execution's specs. */
  public void record(List<SpecRecord> specs) throws IOException {
    stateFile.write(new State(settings, specs));
  }

  /**
   * The record of a spec just generated; empty when a file of its closure vanished meanwhile (it is
   * then not recorded, so the next build generates it again).
   *
   * @param owned the folders the spec owns (those holding the marker are recorded)
   */
  public Optional<SpecRecord> recordOf(SpecReport report, List<Path> owned, List<String> warnings) {
    long recorded = System.currentTimeMillis(); // before reading: the conservative side
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
        report.input().packageName(), recorded, stamps, outputs, warnings));
  }

  private List<Path> outputsOf(Collection<SpecRecord> records) {
    return records.stream().flatMap(r -> r.outputs().stream()).map(paths::resolve).toList();
  }

  /** One check's file comparisons, each file compared once however many specs reach it. */
  private final class FreshnessCheck {
    private final Map<String, Boolean> files = new HashMap<>();

    boolean upToDate(SpecRecord record, String packageName) {
      return record.packageName().equals(packageName) && upToDate(record);
    }

    /** Every output folder still has its marker and every file its recorded content. */
    boolean upToDate(SpecRecord record) {
      for (String output : record.outputs()) {
        if (!Files.isRegularFile(paths.resolve(output).resolve(OutputWriter.MARKER))) {
          return false;
        }
      }
      for (FileStamp file : record.files()) {
        if (!matches(file, record.recorded())) {
          return false;
        }
      }
      return true;
    }

    /**
     * Remembered by the stamp's text rather than by the record: a record's first {@code hashCode}
     * bootstraps its generated methods, which costs more than this whole check.
     */
    private boolean matches(FileStamp file, long recordedAt) {
      String key = file.line();
      Boolean known = files.get(key);
      if (known == null) {
        known = file.matches(paths.resolve(file.path()), recordedAt, RACY_MILLIS);
        files.put(key, known);
      }
      return known;
    }
  }
}
