package dev.specgen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The published specs kept beside the repository in {@code ../shared/real-specs}. */
public final class SharedSpecs {

  private SharedSpecs() {}

  /**
   * {@code <repo>/../shared/real-specs/<relative>}, from the {@code specgen.repo.root} system
   * property; skips the calling test, saying why, when that folder is absent.
   */
  public static Path folderOrSkip(String relative) {
    Path repo = Path.of(System.getProperty("specgen.repo.root", "..")).toAbsolutePath();
    Path folder = repo.resolve("../shared/real-specs").resolve(relative).normalize();
    Assumptions.assumeTrue(Files.isDirectory(folder), "skipped: " + folder + " is absent");
    return folder;
  }
}
