package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of the generated client: the client class and the request types of a flagship spec
 * must be exactly the files under {@code src/test/resources/expected/client/<spec>/} (the models
 * have their own goldens). Run with {@code -Dgolden.update=true} to rewrite them after an intended
 * change, then review the difference.
 */
class ClientGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"front", "highlevel"})
  void theGeneratedClientMatchesItsGoldenFiles(String name) throws IOException {
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec(name + ".yaml"));
    String packageName = "dev.specgen.flagship." + name;
    Set<String> models = SpecgenTestKit.sources(model, packageName, false).stream()
        .map(GeneratedFile::relativePath).collect(Collectors.toSet());
    Map<String, String> actual = new TreeMap<>();
    for (GeneratedFile file : SpecgenTestKit.sources(model, packageName, true)) {
      if (!models.contains(file.relativePath())) {
        actual.put(file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1), file.content());
      }
    }
    Path expectedDir = SpecgenTestKit.testResources().resolve("expected/client").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expectedDir);
      try (Stream<Path> old = Files.list(expectedDir)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      for (Map.Entry<String, String> file : actual.entrySet()) {
        Files.writeString(expectedDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.list(expectedDir)) {
      for (Path file : files.toList()) {
        expected.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(actual.keySet()).as("client files of %s (run with -Dgolden.update=true to accept)", name)
        .contains(capitalized(model.apiName()) + "Client.java")
        .isEqualTo(expected.keySet());
    actual.forEach((file, text) -> assertThat(text)
        .as("%s/%s (run with -Dgolden.update=true to accept)", name, file).isEqualTo(expected.get(file)));
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
