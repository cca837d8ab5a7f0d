package dev.specgen.generate;

import dev.specgen.emit.client.ClientEmitter;
import dev.specgen.emit.docs.DocsEmitter;
import dev.specgen.emit.model.ModelEmitter;
import dev.specgen.generate.GeneratedFile.Target;
import dev.specgen.ir.ApiModel;
import dev.specgen.load.SharedDocuments;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the pipeline: load every spec, and only if none has an error, emit and write all files.
 * A spec with errors therefore never leaves half-written output behind.
 *
 * <p>Independent specs are loaded, and then emitted and written, in parallel (see {@link
 * SpecWorkers}); reports keep the order of the specs, and files referenced by several specs are
 * read once per run.
 */
public final class Generator {

  private final OutputWriter writer = new OutputWriter();
  private final SpecWorkers workers = new SpecWorkers();

  public GenerationResult generate(GeneratorOptions options) {
    long start = System.nanoTime();
    checkPackages(options.specs());
    List<SpecReport> reports = load(options);
    int written = 0;
    if (reports.stream().noneMatch(r -> r.diagnostics().hasErrors())) {
      written = workers.map(reports, r -> emitAndWrite(r, options)).stream()
          .mapToInt(Integer::intValue).sum();
    }
    return new GenerationResult(reports, written, (System.nanoTime() - start) / 1_000_000);
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
    emitters.add(new ClientEmitter());
    if (options.docsDirectory().isPresent() || options.snippetsDirectory().isPresent()) {
      emitters.add(new DocsEmitter());
    }
    return emitters;
  }

  private int emitAndWrite(SpecReport report, GeneratorOptions options) {
    ApiModel model = report.model().orElseThrow();
    EmitContext context = new EmitContext(report.input().packageName(), report.input().spec(),
        options.generateClients());
    List<GeneratedFile> files = new ArrayList<>();
    for (Emitter emitter : emitters(options)) {
      files.addAll(emitter.emit(model, context));
    }
    Map<Target, List<GeneratedFile>> byTarget = new LinkedHashMap<>();
    files.forEach(f -> byTarget.computeIfAbsent(f.target(), t -> new ArrayList<>()).add(f));
    String packageDir = PackageNames.toPath(report.input().packageName());
    writer.replace(options.sourcesDirectory(), packageDir, byTarget.getOrDefault(Target.SOURCES, List.of()));
    write(options.docsDirectory(), docsFolder(report.input()), byTarget.get(Target.DOCS));
    write(options.snippetsDirectory(), packageDir, byTarget.get(Target.SNIPPETS));
    return files.size();
  }

  private void write(Optional<Path> baseDir, String ownedDir, List<GeneratedFile> files) {
    if (baseDir.isPresent() && files != null) {
      writer.replace(baseDir.get(), ownedDir, files);
    }
  }

  /**
   * The folders a run owns, and replaces as a whole, for each spec: its package folder under the
   * sources and snippets directories and its folder under the docs directory.
   */
  public static List<Path> ownedFolders(GeneratorOptions options) {
    List<Path> folders = new ArrayList<>();
    for (SpecInput spec : options.specs()) {
      String packagePath = PackageNames.toPath(spec.packageName());
      folders.add(options.sourcesDirectory().resolve(packagePath));
      options.docsDirectory().ifPresent(docs -> folders.add(docs.resolve(docsFolder(spec))));
      options.snippetsDirectory().ifPresent(snippets -> folders.add(snippets.resolve(packagePath)));
    }
    return folders;
  }

  /** The folder of a spec's docs under the docs directory: {@code front} for {@code front.yaml}. */
  public static String docsFolder(SpecInput input) {
    return PackageNames.segmentFor(input.spec());
  }

  /** Each spec needs a valid package of its own that does not contain another spec's package. */
  private static void checkPackages(List<SpecInput> specs) {
    Set<String> seen = new HashSet<>();
    for (SpecInput input : specs) {
      if (!PackageNames.isValid(input.packageName())) {
        throw new IllegalArgumentException("'" + input.packageName() + "' is not a valid Java package name");
      }
      if (!seen.add(input.packageName())) {
        throw new IllegalArgumentException("two specs share the package " + input.packageName()
            + "; give each spec its own package");
      }
    }
    for (String a : seen) {
      for (String b : seen) {
        if (!a.equals(b) && b.startsWith(a + ".")) {
          throw new IllegalArgumentException("package " + b + " lies inside package " + a
              + "; generated packages must not nest");
        }
      }
    }
  }
}
