package dev.specgen.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a node of a spec came from: the file, a 1-based line and column, and the JSON pointer of
 * the node inside that file.
 *
 * @param file the spec file, as the user named it or as resolved from a {@code $ref}
 * @param line 1-based line, or 0 when the position is the file as a whole
 * @param column 1-based column, or 0 when the position is the file as a whole
 * @param pointer JSON pointer of the node inside {@code file} ({@code ""} for the root)
 */
public record Location(Path file, int line, int column, String pointer) {

  /** A location that stands for a whole file, before any of it was read. */
  public static Location ofFile(Path file) {
    return new Location(file, 0, 0, "");
  }

  /** A location in {@code file} at a 1-based line and column with the given pointer. */
  public static Location at(Path file, int line, int column, String pointer) {
    return new Location(file, line, column, pointer);
  }

  /** The same position, describing a different pointer (for nodes synthesized from this one). */
  public Location withPointer(String newPointer) {
    return new Location(file, line, column, newPointer);
  }

  /** {@code file:line:column}, the form editors and IDEs make clickable. */
  public String position() {
    String path = file.toString().replace('\\', '/');
    return line == 0 ? path : path + ":" + line + ":" + column;
  }

  // Written out rather than generated, as Diagnostic's are: a diagnostic's hash includes its location.

  @Override
  public boolean equals(Object other) {
    return other instanceof Location that && line == that.line && column == that.column
        && Objects.equals(file, that.file) && Objects.equals(pointer, that.pointer);
  }

  @Override
  public int hashCode() {
    return ((Objects.hashCode(file) * 31 + line) * 31 + column) * 31 + Objects.hashCode(pointer);
  }

  @Override
  public String toString() {
    return position() + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
  }
}
