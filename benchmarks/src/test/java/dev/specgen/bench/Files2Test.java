package dev.specgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Files2Test {

  @TempDir Path dir;

  @Test
  void retiringMovesTheFolderAsideUntilTheRetiredFoldersAreDeleted() throws IOException {
    Path work = dir.resolve("bench");
    Files.createDirectories(work.resolve("out/a"));
    Files.writeString(work.resolve("out/a/File.java"), "class File {}");
    Path leftByAnEarlierRun = Files.createDirectories(dir.resolve("bench-retired-1"));
    Path unrelated = Files.createDirectories(dir.resolve("bench-other"));

    Path retired = Files2.retire(work);

    assertThat(work).doesNotExist();
    assertThat(retired.resolve("out/a/File.java")).hasContent("class File {}");

    Files.createDirectories(work);
    Files2.deleteRetired(work);

    assertThat(retired).doesNotExist();
    assertThat(leftByAnEarlierRun).doesNotExist();
    assertThat(work).isDirectory();
    assertThat(unrelated).isDirectory();
  }

  @Test
  void retiringAFolderThatDoesNotExistMovesNothing() throws IOException {
    Path retired = Files2.retire(dir.resolve("absent"));

    assertThat(retired).doesNotExist();
    assertThat(retired.getFileName().toString()).startsWith("absent-retired-");
  }
}
