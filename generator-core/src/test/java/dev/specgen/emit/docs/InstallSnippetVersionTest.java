package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.SpecgenVersion;
import org.junit.jupiter.api.Test;

/** The install snippets of a generated README name the version to install, not a placeholder. */
class InstallSnippetVersionTest {

  @Test
  void theReadmeNamesThisBuildsVersionForTheRuntimeAndThePlugin() {
    String readme = DocsFixtures.flagshipDocs("front.yaml").stream()
        .filter(file -> file.relativePath().equals("front/README.md"))
        .map(GeneratedFile::content).findFirst().orElseThrow();

    String version = "<version>" + SpecgenVersion.current() + "</version>";
    assertThat(readme).doesNotContain("${").contains(
        "<artifactId>specgen-runtime</artifactId>\n  " + version,
        "<artifactId>specgen-maven-plugin</artifactId>\n  " + version);
    assertThat(SpecgenVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
