package dev.specgen.diag;

/** How bad a diagnostic is: errors fail the run, warnings only inform. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lowercase word printed in front of the message. */
  public String label() {
    return label;
  }
}
