package dev.specgen.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the harness runs Maven on a project of its own: the repository's {@code mvnw}, batch mode,
 * and the local repository {@code run.sh} was given ({@code MAVEN_REPO}), where Specgen's
 * snapshot was installed.
 *
 * @param mvnw the repository's Maven wrapper
 * @param repoLocal the local repository to use; empty for Maven's default ({@code ~/.m2})
 * @param offline whether Maven runs offline ({@code -o}), as {@code run.sh} does with {@code
 *     MAVEN_OFFLINE=1}
 */
public record MavenCommand(Path mvnw, Optional<Path> repoLocal, boolean offline) {

  /**
   * {@code mvnw -B -ntp [-o] [-Dmaven.repo.local=DIR] -f POM GOALS...}.
   *
   * @param pom the project's POM
   * @param goals goals, phases and further options
   * @return the command
   */
  public List<String> build(Path pom, String... goals) {
    List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-B", "-ntp"));
    if (offline) {
      command.add("-o");
    }
    repoLocal.ifPresent(r -> command.add("-Dmaven.repo.local=" + r));
    command.addAll(List.of("-f", pom.toString()));
    command.addAll(List.of(goals));
    return List.copyOf(command);
  }

  /** Where Specgen's Maven plugin would be installed in the local repository used. */
  public Path installedPlugin() {
    Path local = repoLocal.orElse(Path.of(System.getProperty("user.home"), ".m2/repository"));
    return local.resolve("dev/specgen/specgen-maven-plugin");
  }
}
