package dev.specgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.gateway.Gateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code specgen gateway} from the command line: start-up message, served pages, credentials, usage errors. */
class GatewayCommandTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Pets API, version: '1'}
      servers: [{url: 'https://pets.example.com/v1'}]
      security: [{token: []}]
      paths:
        /pets/{id}:
          get:
            operationId: getPet
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '204': {description: ok}
      components:
        securitySchemes:
          token: {type: http, scheme: bearer}
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private GatewayCommand command() {
    return new GatewayCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void portZeroPrintsTheChosenPortAndServesTheReference() throws Exception {
    Path spec = Files.writeString(dir.resolve("pets.yaml"), SPEC);
    Optional<Gateway> started = command().start(new String[] {"gateway", "--spec", spec.toString(), "--port", "0"},
        Map.of("PETS_API_TOKEN", "env-secret")::get);
    assertThat(started).isPresent();
    try (Gateway gateway = started.get()) {
      String printed = out.toString(StandardCharsets.UTF_8);
      Matcher port = Pattern.compile("Specgen gateway: listening on http://127\\.0\\.0\\.1:(\\d+)\n").matcher(printed);
      assertThat(port.find()).as(printed).isTrue();
      assertThat(Integer.parseInt(port.group(1))).isEqualTo(gateway.port()).isPositive();
      assertThat(printed).contains("  pets: " + gateway.baseUrl() + "/_specgen/pets/html/index.html -> "
          + "https://pets.example.com/v1 (1 credentials from the environment)").doesNotContain("env-secret");

      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(gateway.baseUrl() + "/_specgen/pets/html/getPet.html")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<script type=\"application/json\" id=\"call-description\">");
    }
  }

  @Test
  void refusesATargetThatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> command().start(new String[] {"gateway", "--spec", "x.yaml", "--target", "ftp://x"},
        name -> null))
        .isInstanceOf(CliArguments.UsageException.class)
        .hasMessage("--target needs an absolute http or https URL, not 'ftp://x'");
  }

  @Test
  void saysWhyASpecWithoutServerCannotBeServed() throws Exception {
    Path spec = Files.writeString(dir.resolve("pets.yaml"), SPEC.replace("servers: [{url: 'https://pets.example.com/v1'}]\n", ""));
    Optional<Gateway> started = command().start(new String[] {"gateway", "--spec", spec.toString(), "--port", "0"},
        name -> null);
    assertThat(started).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("specgen: " + spec
        + ": the spec names no absolute http(s) server URL; give one with --target URL\n");
  }

  @Test
  void helpNamesEveryOption() {
    int code = new SpecgenCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"gateway", "--help"});
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GatewayCommand.HELP)
        .contains("--target URL", "--port N", "--allow-origin ORIGIN", "--max-body-bytes N", "--timeout-seconds N");
  }
}
