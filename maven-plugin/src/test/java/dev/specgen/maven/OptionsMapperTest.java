package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsMapperTest {

  @TempDir
  Path basedir;

  private final OptionsMapper mapper = new OptionsMapper();

  @BeforeEach
  void specs() throws IOException {
    write("src/main/specs/front.yaml");
    write("src/main/specs/chatwoot.yml");
    write("src/main/specs/nested/highlevel.json");
    write("src/main/specs/common/chatwoot-compatible.yaml");
    write("src/main/specs/README.md");
  }

  @Test
  void scansTheSpecDirectoryWithTheDefaultIncludesInPathOrder() throws Exception {
    assertThat(relative(mapper.specFiles(settings(List.of(), List.of(), Optional.empty()))))
        .containsExactly("src/main/specs/chatwoot.yml", "src/main/specs/common/chatwoot-compatible.yaml",
            "src/main/specs/front.yaml", "src/main/specs/nested/highlevel.json");
  }

  @Test
  void excludesLeaveOutSharedFragments() throws Exception {
    assertThat(relative(mapper.specFiles(settings(List.of(), List.of("common/**"), Optional.empty()))))
        .containsExactly("src/main/specs/chatwoot.yml", "src/main/specs/front.yaml",
            "src/main/specs/nested/highlevel.json");
  }

  @Test
  void includesReplaceTheDefaults() throws Exception {
    assertThat(relative(mapper.specFiles(settings(List.of("*.yaml"), List.of(), Optional.empty()))))
        .containsExactly("src/main/specs/front.yaml");
  }

  @Test
  void namedSpecsAreUsedAsGivenAndTheFolderIsNotScanned() throws Exception {
    SpecgenSettings settings = settings(List.of(), List.of(), Optional.of("com.acme"))
        .withSpecs(List.of(Path.of("src/main/specs/front.yaml"), Path.of("other/../src/main/specs/front.yaml")));
    assertThat(relative(mapper.specFiles(settings))).containsExactly("src/main/specs/front.yaml");
  }

  @Test
  void noSpecFolderMeansNothingToDo() throws Exception {
    SpecgenSettings settings = settings(List.of(), List.of(), Optional.empty())
        .withSpecDirectory(Path.of("src/main/missing"));
    assertThat(mapper.map(settings)).isEmpty();
  }

  @Test
  void thePackageRuleOfTheGeneratorAppliesAndItsRefusalIsAConfigurationError() throws Exception {
    SpecgenSettings twoSpecs = settings(List.of("*.yaml", "*.yml"), List.of(), Optional.of("com.acme"));
    assertThat(mapper.map(twoSpecs).orElseThrow().specs()).extracting(SpecInput::packageName)
        .containsExactly("com.acme.chatwoot", "com.acme.front");

    SpecgenSettings invalid = settings(List.of(), List.of(), Optional.of("com.acme.class"));
    assertThatThrownBy(() -> mapper.map(invalid))
        .isInstanceOf(OptionsMapper.InvalidConfiguration.class)
        .hasMessageStartingWith("'com.acme.class' is not a valid Java package name");
  }

  @Test
  void failOnWarningsBecomesAnOptionOfTheGenerator() throws Exception {
    SpecgenSettings settings = new SpecgenSettings(basedir, List.of(Path.of("src/main/specs/front.yaml")),
        Path.of("src/main/specs"), null, null, Optional.of("com.acme"), Path.of("src"), 1234,
        Path.of("target/gen"), Optional.empty(), Optional.empty(), true, true);
    assertThat(mapper.map(settings).orElseThrow().failOnWarnings()).isTrue();
    assertThat(mapper.map(settings(List.of(), List.of(), Optional.empty())).orElseThrow().failOnWarnings())
        .isFalse();
  }

  @Test
  void mapsEverySettingIntoGeneratorOptions() throws Exception {
    SpecgenSettings settings = new SpecgenSettings(basedir, List.of(Path.of("src/main/specs/front.yaml")),
        Path.of("src/main/specs"), null, null, Optional.of(" com.acme.front "), Path.of("src"), 1234,
        Path.of("target/gen"), Optional.of(Path.of("target/docs")), Optional.empty(), false);

    GeneratorOptions options = mapper.map(settings).orElseThrow();

    assertThat(options.specs()).containsExactly(
        new SpecInput(basedir.resolve("src/main/specs/front.yaml"), "com.acme.front"));
    assertThat(options.sourcesDirectory()).isEqualTo(basedir.resolve("target/gen"));
    assertThat(options.docsDirectory()).contains(basedir.resolve("target/docs"));
    assertThat(options.snippetsDirectory()).isEmpty();
    assertThat(options.generateClients()).isFalse();
    assertThat(options.load().refRoot()).contains(basedir.resolve("src"));
    assertThat(options.load().limits().maxFileBytes()).isEqualTo(1234);
  }

  @Test
  void aSpecOutsideRefRootIsRefused() {
    SpecgenSettings settings = settings(List.of(), List.of(), Optional.of("com.acme"))
        .withRefRoot(Path.of("src/main/specs/nested"));
    assertThatThrownBy(() -> mapper.map(settings))
        .isInstanceOf(OptionsMapper.InvalidConfiguration.class)
        .hasMessageContaining("lies outside refRoot");
  }

  @Test
  void antPatternsMatchLikeAnt() {
    assertThat(OptionsMapper.antPattern("**/*.yaml").matcher("front.yaml").matches()).isTrue();
    assertThat(OptionsMapper.antPattern("**/*.yaml").matcher("a/b/front.yaml").matches()).isTrue();
    assertThat(OptionsMapper.antPattern("*.yaml").matcher("a/front.yaml").matches()).isFalse();
    assertThat(OptionsMapper.antPattern("common/").matcher("common/x/y.yaml").matches()).isTrue();
    assertThat(OptionsMapper.antPattern("fr?nt.y*").matcher("front.yaml").matches()).isTrue();
    assertThat(OptionsMapper.antPattern("a.b").matcher("axb").matches()).isFalse();
  }

  private SpecgenSettings settings(List<String> includes, List<String> excludes,
      Optional<String> packageName) {
    return new SpecgenSettings(basedir, List.of(), Path.of("src/main/specs"), includes, excludes,
        packageName, basedir, 50L * 1024 * 1024, Path.of("target/generated-sources/specgen"),
        Optional.empty(), Optional.empty(), true);
  }

  private List<String> relative(List<Path> files) {
    return files.stream().map(f -> basedir.relativize(f).toString().replace('\\', '/')).toList();
  }

  private void write(String relative) throws IOException {
    Path file = basedir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "openapi: 3.1.0\n");
  }
}
