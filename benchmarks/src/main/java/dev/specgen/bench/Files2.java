package dev.specgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File helpers. */
final class Files2 {

  private Files2() {}

  /**
   * Moves {@code root}, if it exists, to a new sibling named {@code <name>-retired-<millis>} and
   * returns that sibling, to be deleted with {@link #deleteRetired} once measuring is over.
   *
   * <p>Why not delete it at once: on an ext4 file system without a journal (this benchmark
   * machine's) the kernel skips inodes freed in the last minute or more when it creates a file, and
   * reads the inode table to find them; after a few thousand files were deleted, creating the next
   * few thousand took 200 to 460 ms instead of 35 ms. Every generator measured here writes
   * thousands of files.
   */
  static Path retire(Path root) throws IOException {
    Path retired = root.resolveSibling(root.getFileName() + "-retired-" + System.currentTimeMillis());
    if (Files.exists(root)) {
      Files.move(root, retired);
    }
    return retired;
  }

  /** Deletes every folder {@link #retire} made for {@code root}: this run's and any left by runs cut short. */
  static void deleteRetired(Path root) throws IOException {
    String prefix = root.getFileName() + "-retired-";
    try (Stream<Path> siblings = Files.list(root.toAbsolutePath().getParent())) {
      for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        deleteTree(sibling);
      }
    }
  }

  /** Deletes {@code root} and everything under it, if it exists. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
