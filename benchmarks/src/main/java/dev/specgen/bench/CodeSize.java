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
 */
public record CodeSize(int files, long lines, long codeLines) {

  public static final CodeSize NONE = new CodeSize(0, 0, 0);

  /** The size of every {@code .java} file under {@code root}; {@link #NONE} if it is missing. */
  public static CodeSize of(Path root) {
    if (!Files.isDirectory(root)) {
      return NONE;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> javaFiles = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
      long lines = 0;
      long code = 0;
      for (Path file : javaFiles) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          lines++;
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("/*") && !t.startsWith("*")) {
            code++;
          }
        }
      }
      return new CodeSize(javaFiles.size(), lines, code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CodeSize plus(CodeSize other) {
    return new CodeSize(files + other.files, lines + other.lines, codeLines + other.codeLines);
  }
}
