package dev.specgen.diag;

import java.util.Objects;

/**
 * One problem found in a spec, with where it was found.
 *
 * <p>Printed as {@code front.yaml:42:7: error: message (at /json/pointer)}.
 */
public record Diagnostic(Severity severity, String message, Location location) {

  /** A pointer with more segments than this is shortened in the one-line form. */
  static final int MAX_POINTER_SEGMENTS = 12;

  /** The one-line form tools and people read. */
  public String format() {
    String at = location.pointer().isEmpty() ? "" : " (at " + shortened(location.pointer()) + ")";
    return location.position() + ": " + severity.label() + ": " + message + at;
  }

  /**
   * {@code pointer}, or its first and last segments around a count of those left out: a spec
   * nested past the loader's limit would otherwise print a pointer thousands of characters long,
   * while the line and column already say where.
   */
  static String shortened(String pointer) {
    String[] segments = pointer.substring(1).split("/", -1);
    if (segments.length <= MAX_POINTER_SEGMENTS) {
      return pointer;
    }
    int head = MAX_POINTER_SEGMENTS / 2;
    int tail = MAX_POINTER_SEGMENTS - head;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < head; i++) {
      out.append('/').append(segments[i]);
    }
    out.append("/...").append(segments.length - head - tail).append(" more...");
    for (int i = segments.length - tail; i < segments.length; i++) {
      out.append('/').append(segments[i]);
    }
    return out.toString();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return format();
  }

  // Written out rather than generated: a record's generated equals and hashCode link method
  // handles on first use, a twentieth of loading a spec with many warnings, and diagnostics are
  // kept in sets from the first one on.

  @Override
  public boolean equals(Object other) {
    return other instanceof Diagnostic that && severity == that.severity
        && Objects.equals(message, that.message) && Objects.equals(location, that.location);
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(severity) * 31 + Objects.hashCode(message)) * 31 + Objects.hashCode(location);
  }
}
