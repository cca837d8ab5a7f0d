package dev.specgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.testing.SpecgenTestKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecgenCliTest {

  private static final String VALID = """
      openapi: 3.1.0
      info: {title: Pets API, version: '1'}
      paths:
        /pets/{id}:
          get:
            operationId: getPet
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
      components:
        schemas:
          Pet:
            type: object
            properties:
              name: {type: string}
      """;

  private static final String BROKEN = """
      openapi: 3.1.0
      info: {title: Pets API, version: '1'}
      paths:
        /pets/{id}:
          get:
            operationId: getPet
            parameters:
              - {name: id, in: body, required: true, schema: {type: string}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pett'}
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new SpecgenCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void helpDocumentsEveryOption() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(stdout()).contains("generate", "validate", "--spec", "--package", "--out", "--docs",
        "--no-docs", "--models-only", "--ref-root", "--max-spec-bytes", "--fail-on-warnings",
        "Exit codes");
  }

  @Test
  void validateReportsLocatedErrorsAndExitsOne() throws IOException {
    Path spec = write("broken.yaml", BROKEN);

    assertThat(run("validate", "--spec", spec.toString())).isEqualTo(1);

    assertThat(stderr()).contains(
        spec + ":8:26: error: unknown parameter location 'in: body' (expected path, query, header or cookie)"
            + " (at /paths/~1pets~1{id}/get/parameters/0/in)",
        spec + ":14:30: error: unknown $ref '#/components/schemas/Pett'"
            + " (at /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/$ref)");
  }

  @Test
  void validateAcceptsAValidSpec() throws IOException {
    Path spec = write("pets.yaml", VALID);

    assertThat(run("validate", "--spec", spec.toString())).isEqualTo(0);
    assertThat(stdout()).contains("1 operations", "0 errors, 0 warnings");
  }

  @Test
  void validateAcceptsChatwootsPublishedSpec() {
    Path chatwoot = SpecgenTestKit.realSpecs().resolve("chatwoot/swagger.json");

    assertThat(run("validate", "--spec", chatwoot.toString())).isEqualTo(0);
    assertThat(stdout()).contains("147 operations", "0 errors");
  }

  @Test
  void generateWritesNothingWhenTheSpecIsBroken() throws IOException {
    Path spec = write("broken.yaml", BROKEN);
    Path outDir = dir.resolve("out");

    assertThat(run("generate", "--spec", spec.toString(), "--package", "com.acme", "--out",
        outDir.toString())).isEqualTo(1);
    assertThat(outDir).doesNotExist();
    assertThat(stderr()).contains("nothing written");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path spec = write("pets.yaml", VALID);

    assertThat(run()).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("validate")).isEqualTo(2);
    assertThat(run("generate", "--spec", spec.toString())).isEqualTo(2);
    assertThat(run("generate", "--spec", spec.toString(), "--out", "x", "--bogus")).isEqualTo(2);
    assertThat(run("generate", "--spec", spec.toString(), "--out", "x", "--package", "../../x"))
        .isEqualTo(2);
    assertThat(stderr()).contains("unknown option '--bogus'", "'../../x' is not a valid Java package name");
  }
}
