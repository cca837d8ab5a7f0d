package dev.specgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts the Java files under a folder and their lines.
 *
 * @param files number of {@code .java} files
 * @param lines all their lines
 * @param codeLines lines that are neither blank nor only a comment ({@code //}, {@code /*},
 *     {@code *} at the start)
 * @param blankLines lines with nothing but white space; the rest, {@code lines - codeLines -
 *     blankLines}, are comment lines
 */
public record CodeSize(int files, long lines, long codeLines, long blankLines) {

  public static final CodeSize NONE = new CodeSize(0, 0, 0, 0);

  /** The size of every {@code .java} file under {@code root}; {@link #NONE} if it is missing. */
  public static CodeSize of(Path root) {
    return of(javaFiles(root));
  }

  /** The size of the given files. */
  public static CodeSize of(List<Path> javaFiles) {
    CodeSize total = NONE;
    for (Path file : javaFiles) {
      try {
        total = total.plus(ofLines(Files.readAllLines(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }

  /** The size of one file's lines (or of a part of them), counted as one file. */
  public static CodeSize ofLines(List<String> lines) {
    long code = 0;
    long blank = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) {
        blank++;
      } else if (!t.startsWith("//") && !t.startsWith("/*") && !t.startsWith("*")) {
        code++;
      }
    }
    return new CodeSize(1, lines.size(), code, blank);
  }

  /** Every {@code .java} file under {@code root}, sorted; none if it is missing. */
  public static List<Path> javaFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Comment lines: neither code nor blank. */
  public long commentLines() {
    return lines - codeLines - blankLines;
  }

  public CodeSize plus(CodeSize other) {
    return new CodeSize(files + other.files, lines + other.lines, codeLines + other.codeLines,
        blankLines + other.blankLines);
  }
}
