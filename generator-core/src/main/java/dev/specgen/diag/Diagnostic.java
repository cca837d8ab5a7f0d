package dev.specgen.diag;

/**
 * One problem found in a spec, with where it was found.
 *
 * <p>Printed as {@code front.yaml:42:7: error: message (at /json/pointer)}.
 */
public record Diagnostic(Severity severity, String message, Location location) {

  /** The one-line form tools and people read. */
  public String format() {
    String at = location.pointer().isEmpty() ? "" : " (at " + location.pointer() + ")";
    return location.position() + ": " + severity.label() + ": " + message + at;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return format();
  }
}
