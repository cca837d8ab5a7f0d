package dev.specgen.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a run so that all of them are reported together, instead of failing
 * at the first one. Duplicates (the same message at the same place) are kept once: a shared
 * fragment reached through several {@code $ref}s is reported a single time.
 */
public final class Diagnostics {

  private final Set<Diagnostic> entries = new LinkedHashSet<>();

  public void error(Location location, String message) {
    entries.add(new Diagnostic(Severity.ERROR, message, location));
  }

  public void warning(Location location, String message) {
    entries.add(new Diagnostic(Severity.WARNING, message, location));
  }

  public void add(Diagnostic diagnostic) {
    entries.add(diagnostic);
  }

  public void addAll(Diagnostics other) {
    entries.addAll(other.entries);
  }

  public boolean hasErrors() {
    return entries.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return entries.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return entries.size() - errorCount();
  }

  /** All diagnostics, sorted by file, line and column so output is stable. */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing((Diagnostic d) -> d.location().file().toString())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message));
    return sorted;
  }

  public List<Diagnostic> errors() {
    return all().stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return all().stream().filter(d -> !d.isError()).toList();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : all()) {
      out.append(d.format()).append('\n');
    }
    return out.toString();
  }
}
