package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one spec: the root file and every file its {@code $ref}s reach, each read once.
 * The set of files read is the spec's {@code $ref} closure, which incremental builds fingerprint.
 * Referenced files come from {@link SharedDocuments}, so several specs of one run that reference
 * the same fragment share one read of it.
 */
public final class SpecFiles {

  private final DocumentReader reader;
  private final SharedDocuments shared;
  private final Diagnostics diagnostics;
  private final Map<Path, Optional<Node>> documents = new LinkedHashMap<>();

  public SpecFiles(LoaderLimits limits, Diagnostics diagnostics) {
    this(limits, diagnostics, new SharedDocuments(limits));
  }

  /** Files of one spec whose referenced files are read through {@code shared}. */
  public SpecFiles(LoaderLimits limits, Diagnostics diagnostics, SharedDocuments shared) {
    this.reader = new DocumentReader(limits);
    this.shared = shared;
    this.diagnostics = diagnostics;
  }

  /** The tree of {@code file}, reading it on first use; empty if it could not be read. */
  public Optional<Node> document(Path file) {
    return document(normalize(file), false);
  }

  /**
   * The root spec is read by this spec alone (its tree need not outlive the spec's loading);
   * referenced files go through the shared reads.
   */
  private Optional<Node> document(Path key, boolean referenced) {
    Optional<Node> cached = documents.get(key);
    if (cached == null) {
      cached = referenced ? shared.read(key, diagnostics) : reader.read(key, diagnostics);
      documents.put(key, cached);
    }
    return cached;
  }

  /** Like {@link #document(Path)}, but a missing file is reported at {@code referrer}. */
  Optional<Node> referencedDocument(Path file, Location referrer, String ref) {
    Path key = normalize(file);
    if (!documents.containsKey(key) && !key.toFile().isFile()) {
      diagnostics.error(referrer, "$ref '" + ref + "' names a file that does not exist: " + key);
      documents.put(key, Optional.empty());
    }
    return document(key, true);
  }

  /**
   * Every file read so far, in the order first read: a copy, so that holding it (a load's result
   * does, for as long as its model is emitted) does not keep the parsed documents alive.
   */
  public Set<Path> files() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(documents.keySet()));
  }

  static Path normalize(Path file) {
    return file.normalize();
  }
}
