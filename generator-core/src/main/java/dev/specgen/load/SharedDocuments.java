package dev.specgen.load;

import dev.specgen.diag.Diagnostic;
import dev.specgen.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Files that specs {@code $ref}, read once per run however many specs reference them, and safe to
 * use from the threads that load specs in parallel.
 *
 * <p>A file's trouble (unreadable, malformed) is remembered with it and reported to every spec
 * that references the file, exactly as if each spec had read the file itself. Trees are
 * immutable, so sharing them between specs cannot let one spec's reading affect another's.
 */
public final class SharedDocuments {

  /** One read of one file: its tree (empty when it could not be read) and what went wrong. */
  private record Read(Optional<Node> node, List<Diagnostic> diagnostics) {}

  private final DocumentReader reader;
  private final ConcurrentMap<Path, Read> reads = new ConcurrentHashMap<>();

  public SharedDocuments(LoaderLimits limits) {
    this.reader = new DocumentReader(limits);
  }

  /**
   * The tree of {@code file}, read on its first request; its diagnostics are added to
   * {@code diagnostics} on every request.
   */
  public Optional<Node> read(Path file, Diagnostics diagnostics) {
    Read read = reads.computeIfAbsent(file, this::readNow);
    read.diagnostics().forEach(diagnostics::add);
    return read.node();
  }

  /** How many distinct files were read so far. */
  public int filesRead() {
    return reads.size();
  }

  private Read readNow(Path file) {
    Diagnostics own = new Diagnostics();
    Optional<Node> node = reader.read(file, own);
    return new Read(node, own.all());
  }
}
