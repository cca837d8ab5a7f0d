package dev.specgen.maven;

import java.util.Optional;
import java.util.Set;

/**
 * Checks, before generating, that the project can compile what is generated: clients need {@code
 * dev.specgen:specgen-runtime}; models alone need {@code com.fasterxml.jackson.core:jackson-annotations}
 * and {@code org.jspecify:jspecify} (which specgen-runtime brings along).
 */
public final class RuntimeDependencyCheck {

  static final String RUNTIME = "dev.specgen:specgen-runtime";
  static final String ANNOTATIONS = "com.fasterxml.jackson.core:jackson-annotations";
  static final String NULLNESS = "org.jspecify:jspecify";

  private final String runtimeVersion;

  /** @param runtimeVersion the specgen-runtime version to suggest: the plugin's own */
  public RuntimeDependencyCheck(String runtimeVersion) {
    this.runtimeVersion = runtimeVersion;
  }

  /**
   * What is missing, as a message to fail the build with; empty when nothing is.
   *
   * @param compileArtifacts {@code groupId:artifactId} of every artifact on the compile classpath,
   *     transitive ones included
   * @param generateClients whether clients are generated (false: models only)
   */
  public Optional<String> problem(Set<String> compileArtifacts, boolean generateClients) {
    if (generateClients && !compileArtifacts.contains(RUNTIME)) {
      return Optional.of("The generated clients need " + RUNTIME + " on the compile classpath, but"
          + " this project does not depend on it. Add to the <dependencies> of its pom.xml:\n\n"
          + runtimeSnippet() + "\n\n"
          + "(or set <generateClients>false</generateClients> to generate models only)");
    }
    boolean modelsCompile = compileArtifacts.contains(RUNTIME)
        || compileArtifacts.contains(ANNOTATIONS) && compileArtifacts.contains(NULLNESS);
    if (!generateClients && !modelsCompile) {
      return Optional.of("The generated models need " + ANNOTATIONS + " and " + NULLNESS + " on the"
          + " compile classpath, but this project does not depend on both. Add to the <dependencies>"
          + " of its pom.xml (it brings both):\n\n" + runtimeSnippet() + "\n\n"
          + "or depend on " + ANNOTATIONS + " and " + NULLNESS + " directly.");
    }
    return Optional.empty();
  }

  /** The exact {@code <dependency>} element to paste. */
  String runtimeSnippet() {
    return "<dependency>\n"
        + "  <groupId>dev.specgen</groupId>\n"
        + "  <artifactId>specgen-runtime</artifactId>\n"
        + "  <version>" + runtimeVersion + "</version>\n"
        + "</dependency>";
  }
}
