package dev.specgen.load;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one spec: the root file and every file its {@code $ref}s reach, each read once.
 * The set of files read is the spec's {@code $ref} closure, which incremental builds fingerprint.
 */
public final class SpecFiles {

  private final DocumentReader reader;
  private final Diagnostics diagnostics;
  private final Map<Path, Optional<Node>> documents = new LinkedHashMap<>();

  public SpecFiles(LoaderLimits limits, Diagnostics diagnostics) {
    this.reader = new DocumentReader(limits);
    this.diagnostics = diagnostics;
  }

  /** The tree of {@code file}, reading it on first use; empty if it could not be read. */
  public Optional<Node> document(Path file) {
    Path key = normalize(file);
    Optional<Node> cached = documents.get(key);
    if (cached == null) {
      cached = reader.read(key, diagnostics);
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
    return document(key);
  }

  /** Every file read so far, in the order first read. */
  public Set<Path> files() {
    return Collections.unmodifiableSet(documents.keySet());
  }

  static Path normalize(Path file) {
    return file.normalize();
  }
}
