package com.example.conversations;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a plain-text table with a header and columns padded to their widest cell. */
public final class Table {

  static final List<String> HEADER =
      List.of("PROVIDER", "CONVERSATION", "STATUS", "SUBJECT / LAST MESSAGE", "ASSIGNEE", "CREATED (UTC)");

  /** Longest subject or last message shown; longer ones end in "...". */
  static final int MAX_SUMMARY = 44;

  private Table() {}

  /**
   * Formats the rows.
   *
   * @param rows the rows, in the order to print them
   * @return the table, one line per row after a header and a rule, each line ending in a newline
   */
  public static String render(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    for (Row row : rows) {
      cells.add(List.of(row.provider(), row.id(), row.status(), shorten(row.summary()),
          row.assignee(), row.created()));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      out.append(line(cells.get(i), widths));
      if (i == 0) {
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
          rule.add("-".repeat(width));
        }
        out.append(line(rule, widths));
      }
    }
    return out.toString();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(c == cells.size() - 1 ? cell : cell + " ".repeat(widths[c] - cell.length() + 2));
    }
    return line.toString().stripTrailing() + System.lineSeparator();
  }

  /** One line of at most {@link #MAX_SUMMARY} characters. */
  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_SUMMARY
        ? oneLine : oneLine.substring(0, MAX_SUMMARY - 3).stripTrailing() + "...";
  }
}
