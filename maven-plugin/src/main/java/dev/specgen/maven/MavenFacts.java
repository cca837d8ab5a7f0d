package dev.specgen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/** What the goals read from Maven's model of the build, kept out of the Mojos. */
final class MavenFacts {

  private MavenFacts() {}

  /** {@code groupId:artifactId} of every artifact the project's dependencies were resolved to. */
  static Set<String> artifactKeys(MavenProject project) {
    Set<String> keys = new HashSet<>();
    for (Artifact artifact : project.getArtifacts()) {
      keys.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
    }
    return keys;
  }

  /**
   * The plugin's identity for the build fingerprint: its version, and for a snapshot also the size
   * and time of its own jars, which change while it is developed under the same version.
   */
  static List<String> pluginStamp(PluginDescriptor plugin) {
    List<String> stamp = new ArrayList<>();
    stamp.add("plugin " + plugin.getId());
    if (plugin.getVersion().endsWith("-SNAPSHOT")) {
      for (Artifact artifact : plugin.getArtifacts()) {
        File jar = artifact.getFile();
        if ("dev.specgen".equals(artifact.getGroupId()) && jar != null) {
          stamp.add("jar " + artifact.getId() + " " + jar.length() + " " + jar.lastModified());
        }
      }
    }
    return stamp;
  }

  /** An execution's state file: {@code target/specgen-state/<executionId>.properties}. */
  static Path stateFile(MavenProject project, String executionId) {
    return Path.of(project.getBuild().getDirectory(), "specgen-state",
        executionId.replaceAll("[^A-Za-z0-9._-]", "_") + ".properties");
  }
}
