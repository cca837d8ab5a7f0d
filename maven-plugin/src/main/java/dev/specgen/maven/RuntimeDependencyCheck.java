package dev.specgen.maven;

import java.util.Optional;
import java.util.Set;

/**
 * Checks, before generating, that the project can compile what is generated: clients and models
 * alike need {@code dev.specgen:specgen-runtime} (models are read through its {@code
 * dev.specgen.runtime.model} support).
 */
public final class RuntimeDependencyCheck {

  static final String RUNTIME = "dev.specgen:specgen-runtime";

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
    if (!compileArtifacts.contains(RUNTIME)) {
      return Optional.of("The generated " + (generateClients ? "clients" : "models") + " need " + RUNTIME
          + " on the compile classpath, but this project does not depend on it. Add to the <dependencies>"
          + " of its pom.xml:\n\n" + runtimeSnippet());
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
