package dev.specgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.testing.SpecgenTestKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on specs published as folders that share files: by default {@code $ref}s may
 * reach anything under the current folder, and warnings fail the run under
 * {@code --fail-on-warnings}. The default depends on the current folder, so those runs start a
 * separate JVM in the folder wanted.
 */
class RealWorldCliTest {

  private static final Pattern SUMMARY = Pattern.compile("^(\\S+): (.*), (\\d+) errors, (\\d+) warnings$");

  @TempDir Path dir;

  /** The output of {@code specgen args...} run in {@code folder}, with its exit code first. */
  private static List<String> runIn(Path folder, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SpecgenCli.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = new ArrayList<>();
    lines.add("exit " + process.exitValue());
    lines.addAll(output.lines().toList());
    return lines;
  }

  private static Path highLevel() {
    return SpecgenTestKit.realSpecs().resolve("highlevel");
  }

  @Test
  void highLevelConversationsValidatesFromItsFolderWithNoOption() throws Exception {
    Path highLevel = highLevel();
    List<String> lines = runIn(highLevel, "validate", "--spec", "apps/conversations.json");
    assertThat(lines.get(0)).as("%s", lines).isEqualTo("exit 0");
    assertThat(lines).anyMatch(l -> l.matches("apps/conversations.json: 29 operations, \\d+ types, 0 errors, "
        + "\\d+ warnings"));
  }

  @Test
  void howManyHighLevelSpecsValidate() throws Exception {
    Path highLevel = highLevel();
    List<String> specs;
    try (Stream<Path> files = Files.list(highLevel.resolve("apps"))) {
      specs = files.filter(f -> f.toString().endsWith(".json"))
          .map(f -> highLevel.relativize(f).toString()).sorted().toList();
    }
    List<String> command = new ArrayList<>(List.of("validate", "--spec"));
    command.addAll(specs);
    List<String> lines = runIn(highLevel, command.toArray(String[]::new));
    long validating = 0;
    for (String line : lines) {
      Matcher summary = SUMMARY.matcher(line);
      if (summary.matches() && summary.group(3).equals("0")) {
        validating++;
      }
    }
    System.out.printf("HighLevel specs in %s: %d of %d validate with no option%n", highLevel, validating, specs.size());
    assertThat(validating).as("%s", lines).isEqualTo(specs.size());
  }

  @Test
  void referencesMayReachAnythingUnderTheCurrentFolder() throws Exception {
    Files.createDirectories(dir.resolve("apps"));
    Files.createDirectories(dir.resolve("common"));
    Files.writeString(dir.resolve("common/errors.yaml"), """
        components:
          schemas:
            Problem: {type: object, properties: {message: {type: string}}}
        """);
    Files.writeString(dir.resolve("apps/pets.yaml"), """
        openapi: 3.1.0
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '400':
                  description: bad
                  content:
                    application/json:
                      schema: {$ref: '../common/errors.yaml#/components/schemas/Problem'}
        """);
    assertThat(runIn(dir, "validate", "--spec", "apps/pets.yaml"))
        .containsExactly("exit 0", "apps/pets.yaml: 1 operations, 1 types, 0 errors, 0 warnings");
    // From inside apps/, the spec's folder is the current folder and ../common is out of reach.
    List<String> confined = runIn(dir.resolve("apps"), "validate", "--spec", "pets.yaml");
    assertThat(confined).first().isEqualTo("exit 1");
    assertThat(confined).contains("pets.yaml:12:30: error: $ref '../common/errors.yaml#/components/schemas/"
        + "Problem' leaves the folder " + dir.resolve("apps").toRealPath() + " that references are confined to "
        + "(widen it with the --ref-root option) (at /paths/~1pets/get/responses/400/"
        + "content/application~1json/schema/$ref)");
  }

  @Test
  void warningsOfDefectsWithAClearIntentFailTheRunUnderFailOnWarnings() throws IOException {
    Path spec = dir.resolve("front.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Front, version: '1'}
        paths:
          /ping:
            post:
              operationId: ping
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SpecgenCli cli = new SpecgenCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(cli.run(new String[] {"validate", "--spec", spec.toString()})).isEqualTo(SpecgenCli.OK);
    assertThat(cli.run(new String[] {"validate", "--spec", spec.toString(), "--fail-on-warnings"}))
        .isEqualTo(SpecgenCli.SPEC_ERRORS);
    assertThat(cli.run(new String[] {"generate", "--spec", spec.toString(), "--out", dir.resolve("out").toString(),
        "--fail-on-warnings"})).isEqualTo(SpecgenCli.SPEC_ERRORS);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(spec + ":5:5: warning: operation has no responses "
        + "(OpenAPI 3.0 requires them); it is read as declaring none (at /paths/~1ping/post)",
        "specgen: nothing written (--fail-on-warnings)");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
