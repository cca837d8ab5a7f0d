package dev.specgen.generate;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.Emitter;
import dev.specgen.emit.GeneratedFile.Target;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.OutputPaths;
import dev.specgen.emit.client.ClientEmitter;
import dev.specgen.emit.docs.DocsEmitter;
import dev.specgen.emit.docs.JavadocExamples;
import dev.specgen.emit.model.ModelEmitter;
import dev.specgen.ir.ApiModel;
import dev.specgen.load.SharedDocuments;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the pipeline: load every spec once, and only if none has an error (nor, with {@link
 * GeneratorOptions#failOnWarnings()}, a warning), emit and write all files. A failed run
 * therefore never leaves half-written output behind.
 *
 * <p>Independent specs are loaded, and then emitted and written, in parallel, and so are the
 * emitters of a spec and the files it writes (see {@link RunWorkers}); reports keep the order of
 * the specs, and files referenced by several specs are read once per run. Java files are rendered
 * as they are written, so a run never holds the text of its whole output.
 */
public final class Generator {

  private final RunWorkers workers;
  private final OutputWriter writer;

  /** A generator that uses every core the JVM may use. */
  public Generator() {
    this(RunWorkers.shared());
  }

  Generator(RunWorkers workers) {
    this.workers = workers;
    this.writer = new OutputWriter(workers);
  }

  public GenerationResult generate(GeneratorOptions options) {
    long start = System.nanoTime();
    List<SpecReport> reports = load(options);
    GenerationResult checked = new GenerationResult(reports, 0, 0, options.failOnWarnings());
    int written = 0;
    if (!checked.failed()) {
      written = workers.map(reports, r -> emitAndWrite(r, options)).stream()
          .mapToInt(Integer::intValue).sum();
    }
    return new GenerationResult(reports, written, (System.nanoTime() - start) / 1_000_000,
        options.failOnWarnings());
  }

  /** Loads and checks every spec without writing anything. */
  public List<SpecReport> load(GeneratorOptions options) {
    SpecLoader loader = new SpecLoader(options.load(), new SharedDocuments(options.load().limits()));
    return workers.map(options.specs(), input -> {
      LoadResult result = loader.loadFile(input.spec());
      return new SpecReport(input, result.model(), result.diagnostics(), result.files());
    });
  }

  /** The emitters a run uses, in order: docs (and their snippets) only when a folder takes them. */
  static List<Emitter> emitters(GeneratorOptions options) {
    List<Emitter> emitters = new ArrayList<>();
    emitters.add(new ModelEmitter());
    emitters.add(new ClientEmitter(JavadocExamples::forSpec));
    if (options.docsDirectory().isPresent() || options.snippetsDirectory().isPresent()) {
      emitters.add(new DocsEmitter(options.htmlReference()));
    }
    return emitters;
  }

  /**
   * The files a run emits for one loaded spec, by target, before anything is written: every
   * emitter of {@link #emitters}, run in parallel (they only read the model), files in emitter
   * order.
   */
  public Map<Target, List<GeneratedFile>> emit(ApiModel model, SpecInput input, GeneratorOptions options) {
    EmitContext context = new EmitContext(input.packageName(), input.spec(), options.generateClients());
    Map<Target, List<GeneratedFile>> byTarget = new EnumMap<>(Target.class);
    for (List<GeneratedFile> files : workers.map(emitters(options), e -> e.emit(model, context))) {
      for (GeneratedFile file : files) {
        byTarget.computeIfAbsent(file.target(), t -> new ArrayList<>()).add(file);
      }
    }
    return byTarget;
  }

  private int emitAndWrite(SpecReport report, GeneratorOptions options) {
    SpecInput input = report.input();
    Map<Target, List<GeneratedFile>> byTarget = emit(report.model().orElseThrow(), input, options);
    for (Target target : Target.values()) {
      Optional<Path> directory = directory(options, target);
      if (directory.isPresent() && (target == Target.SOURCES || byTarget.containsKey(target))) {
        writer.replace(directory.get(), OutputPaths.ownedFolder(target, input.packageName(), input.spec()),
            byTarget.getOrDefault(target, List.of()));
      }
    }
    return byTarget.values().stream().mapToInt(List::size).sum();
  }

  /** The output directory of a target; empty when the run writes none of it. */
  private static Optional<Path> directory(GeneratorOptions options, Target target) {
    return switch (target) {
      case SOURCES -> Optional.of(options.sourcesDirectory());
      case DOCS -> options.docsDirectory();
      case SNIPPETS -> options.snippetsDirectory();
    };
  }

  /**
   * The folders a run owns, and replaces as a whole, for each spec: its package folder under the
   * sources and snippets directories and its folder under the docs directory.
   */
  public static List<Path> ownedFolders(GeneratorOptions options) {
    List<Path> folders = new ArrayList<>();
    for (SpecInput spec : options.specs()) {
      for (Target target : Target.values()) {
        directory(options, target).ifPresent(directory -> folders.add(directory.resolve(
            OutputPaths.ownedFolder(target, spec.packageName(), spec.spec()))));
      }
    }
    return folders;
  }

  /** The output directories of a run: sources, and docs and snippets when it writes them. */
  public static List<Path> outputDirectories(GeneratorOptions options) {
    List<Path> directories = new ArrayList<>();
    for (Target target : Target.values()) {
      directory(options, target).ifPresent(directories::add);
    }
    return directories;
  }
}
