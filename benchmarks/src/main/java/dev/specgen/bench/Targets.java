package dev.specgen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's "Targets" table: issue 15's targets in order, each with its figure, whether it is
 * met, and a link to the section that shows the detail (for a target not met: where the time or
 * memory goes).
 */
public final class Targets {

  /** Whether a target is met; {@code PENDING} when this run could not measure it. */
  public enum Verdict {
    MET("met"),
    NOT_MET("**not met**"),
    PENDING("pending");

    final String text;

    Verdict(String text) {
      this.text = text;
    }

    /**
     * {@code MET} or {@code NOT_MET}.
     *
     * @param met whether the target is met
     * @return the verdict
     */
    public static Verdict of(boolean met) {
      return met ? MET : NOT_MET;
    }
  }

  /**
   * One row.
   *
   * @param target what is asked, with its threshold
   * @param measured this run's figure
   * @param verdict met, not met or pending
   * @param section the heading (without {@code #}) of the section with the detail
   */
  public record Target(String target, String measured, Verdict verdict, String section) {}

  private final List<Target> rows = new ArrayList<>();

  /**
   * Adds a row.
   *
   * @param target what is asked
   * @param measured the figure
   * @param verdict met or not
   * @param section the heading of the section with the detail
   */
  public void add(String target, String measured, Verdict verdict, String section) {
    rows.add(new Target(target, measured, verdict, section));
  }

  /**
   * The rows so far.
   *
   * @return the rows, in the order they were added
   */
  public List<Target> rows() {
    return List.copyOf(rows);
  }

  /**
   * The Markdown table.
   *
   * @return a count of met targets, then the table
   */
  public String markdown() {
    long met = rows.stream().filter(r -> r.verdict() == Verdict.MET).count();
    long pending = rows.stream().filter(r -> r.verdict() == Verdict.PENDING).count();
    StringBuilder md = new StringBuilder();
    md.append(String.format("%d of %d targets met%s.%n%n", met, rows.size(),
        pending == 0 ? "" : ", " + pending + " not measured in this run"));
    md.append("| target | measured | met? | detail |\n|---|---|---|---|\n");
    for (Target t : rows) {
      md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
          .append(t.verdict().text).append(" | [").append(t.section()).append("](#")
          .append(anchor(t.section())).append(") |\n");
    }
    return md.append('\n').toString();
  }

  /** The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to dashes. */
  static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }
}
