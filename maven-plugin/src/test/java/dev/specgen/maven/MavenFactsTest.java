package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's identity in the build state: another generator version regenerates. */
class MavenFactsTest {

  @TempDir
  Path dir;

  @Test
  void aReleaseIsIdentifiedByItsVersion() throws IOException {
    Path jar = Files.writeString(dir.resolve("core.jar"), "classes");

    assertThat(MavenFacts.pluginStamp(plugin("1.0", jar)))
        .containsExactly("plugin dev.specgen:specgen-maven-plugin:1.0");
    assertThat(MavenFacts.pluginStamp(plugin("1.1", jar)))
        .isNotEqualTo(MavenFacts.pluginStamp(plugin("1.0", jar)));
  }

  @Test
  void aSnapshotIsAlsoIdentifiedByItsJarsSoThatARebuiltGeneratorRegenerates() throws IOException {
    Path jar = Files.writeString(dir.resolve("core.jar"), "classes");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
    List<String> before = MavenFacts.pluginStamp(plugin("1.0-SNAPSHOT", jar));

    assertThat(before).contains("jar dev.specgen:specgen-generator-core:jar:1.0-SNAPSHOT 7 "
        + 1_000_000_000_000L);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_001_000L));
    assertThat(MavenFacts.pluginStamp(plugin("1.0-SNAPSHOT", jar))).isNotEqualTo(before);
    Files.writeString(jar, "classes, rebuilt");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
    assertThat(MavenFacts.pluginStamp(plugin("1.0-SNAPSHOT", jar))).isNotEqualTo(before);
  }

  private static PluginDescriptor plugin(String version, Path coreJar) {
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setGroupId("dev.specgen");
    plugin.setArtifactId("specgen-maven-plugin");
    plugin.setVersion(version);
    Artifact core = new DefaultArtifact("dev.specgen", "specgen-generator-core", version,
        "compile", "jar", null, new DefaultArtifactHandler("jar"));
    core.setFile(coreJar.toFile());
    Artifact other = new DefaultArtifact("org.example", "library", "2.0", "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    other.setFile(coreJar.toFile());
    plugin.setArtifacts(List.of(core, other));
    return plugin;
  }
}
