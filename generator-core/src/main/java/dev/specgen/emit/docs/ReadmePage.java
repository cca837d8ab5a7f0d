package dev.specgen.emit.docs;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.SpecgenVersion;
import dev.specgen.emit.client.EnvironmentVariables;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Server;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The docs' front page for one spec: how to add the client to a build, how to set it up (with
 * credentials, through a gateway, on another host, with timeouts and retries), and the operations.
 */
final class ReadmePage {

  /** The anchors of the page's sections, which other pages link to. */
  static final List<String> SECTIONS = List.of(
      "installation", "setup", "using-a-gateway", "timeouts-and-retries", "operations", "models");

  private final ApiModel model;
  private final EmitContext context;
  private final DocsLayout layout;
  private final ClientSurface surface;

  ReadmePage(ApiModel model, EmitContext context, DocsLayout layout, ClientSurface surface) {
    this.model = model;
    this.context = context;
    this.layout = layout;
    this.surface = surface;
  }

  /**
   * The compiled set-up examples the page shows.
   *
   * @param credentials the credential variables the first example reads, in order
   */
  record Setup(String fromEnvironment, String throughGateway, String tuned, String setupClass,
      List<String> credentials) {}

  /** The page with the client: {@code setup} is empty when only models are generated. */
  String render(Optional<Setup> setup) {
    StringBuilder page = new StringBuilder();
    page.append("# ").append(title()).append("\n\n");
    if (!model.description().isBlank()) {
      page.append(Markdown.block(model.description())).append("\n\n");
    }
    facts(page, setup.isPresent());
    setup.ifPresent(s -> {
      install(page);
      setup(page, s);
      operations(page);
    });
    page.append("## Models\n\n").append("The ").append(model.types().size())
        .append(model.types().size() == 1 ? " type" : " types").append(" of the API, with their properties: ")
        .append(Markdown.link("models", DocsLayout.MODELS)).append(".\n");
    return page.toString();
  }

  // Emits: - API version: `1.0.0` / - Server: `https://api2.frontapp.com`: Front Core API / - Client: ...
  private void facts(StringBuilder page, boolean clients) {
    if (!model.version().isBlank()) {
      page.append("- API version: ").append(Markdown.code(model.version())).append('\n');
    }
    for (Server server : model.servers()) {
      page.append("- Server: ").append(Markdown.code(server.url()))
          .append(server.description().isBlank() ? "" : ": " + Markdown.inline(server.description())).append('\n');
      for (Server.ServerVariable variable : server.variables()) {
        page.append("  - variable ").append(Markdown.code(variable.name())).append(", default ")
            .append(Markdown.code(variable.defaultValue()))
            .append(variable.allowedValues().isEmpty() ? "" : ", one of " + variable.allowedValues().stream()
                .map(Markdown::code).collect(Collectors.joining(", ")))
            .append(variable.description().isBlank() ? "" : ": " + Markdown.inline(variable.description()))
            .append('\n');
      }
    }
    if (clients) {
      page.append("- Client: ").append(Markdown.code(surface.client().canonicalName())).append('\n');
    }
    page.append("- Spec: ").append(Markdown.code(context.specName())).append("\n\n");
  }

  /** The API's title, unless its anchor would take one of the sections' anchors. */
  private String title() {
    String title = Markdown.inline(model.title());
    if (title.isBlank()) {
      return "API";
    }
    return SECTIONS.contains(Markdown.slug(title)) ? title + " API" : title;
  }

  private void install(StringBuilder page) {
    page.append("## Installation\n\n")
        .append("Generated code calls the Specgen runtime, so the build needs it as a dependency:\n\n")
        .append(Markdown.fence("xml", """
            <dependency>
              <groupId>dev.specgen</groupId>
              <artifactId>specgen-runtime</artifactId>
              <version>%s</version>
            </dependency>
            """.formatted(SpecgenVersion.current())))
        .append("\nThe Maven plugin generates the client, the models and these docs from the spec"
            + " (by default from the specs in `src/main/specs`):\n\n")
        .append(Markdown.fence("xml", """
            <plugin>
              <groupId>dev.specgen</groupId>
              <artifactId>specgen-maven-plugin</artifactId>
              <version>%s</version>
              <executions>
                <execution>
                  <goals>
                    <goal>generate</goal>
                  </goals>
                </execution>
              </executions>
              <configuration>
                <specs>
                  <spec>src/main/specs/%s</spec>
                </specs>
                <packageName>%s</packageName>
              </configuration>
            </plugin>
            """.formatted(SpecgenVersion.current(), xmlText(context.specName()), context.packageName())))
        .append("\nThe plugin and the runtime go together: use the same version for both.\n\n");
  }

  private void setup(StringBuilder page, Setup setup) {
    page.append("## Setup\n\n")
        .append("A client is thread-safe; create one and share it.");
    if (!setup.credentials().isEmpty()) {
      page.append(" This one reads its credentials from ")
          .append(setup.credentials().stream().map(v -> Markdown.code("$" + v)).collect(Collectors.joining(" and ")))
          .append(", the variables the curl examples use too.");
    }
    page.append("\n\n").append(Markdown.fence("java", setup.fromEnvironment())).append('\n');
    fromEnv(page, setup);
    page.append("### Using a gateway\n\n")
        .append("To send requests through a gateway that adds the credentials on the way (or to a"
            + " self-hosted installation, a proxy or a test server), point the client at it with ")
        .append(Markdown.code(".baseUrl(gatewayUrl)"))
        .append(", where ").append(Markdown.code("gatewayUrl"))
        .append(" is its scheme, host and any path prefix (such as ")
        .append(Markdown.code("https://gateway.example.com/" + layout.folder()))
        .append("). A client built without credentials sends none:\n\n")
        .append(Markdown.fence("java", setup.throughGateway())).append('\n');
    if (model.servers().stream().anyMatch(s -> !s.variables().isEmpty()) || model.servers().size() > 1) {
      page.append("The spec's servers are listed at the top of this page; the client uses the first,"
          + " with every variable at its default, unless ").append(Markdown.code(".baseUrl(...)"))
          .append(" says otherwise.\n\n");
    }
    page.append("### Timeouts and retries\n\n")
        .append("Every setting has a default; these are the ones a client can change. A single call can"
            + " override them with ").append(Markdown.code("RequestOptions")).append(".\n\n")
        .append(Markdown.fence("java", setup.tuned())).append('\n')
        .append("These examples compile as ").append(Markdown.code(setup.setupClass())).append(".\n\n");
  }

  // Emits: `FrontClient.fromEnv()` reads those variables and also, when set,
  //        `$FRONT_BASE_URL` (instead of the spec's first server), and fails with a message naming ...
  private void fromEnv(StringBuilder page, Setup setup) {
    String client = surface.client().simpleName();
    String baseUrl = Markdown.code("$" + EnvironmentVariables.baseUrl(model));
    page.append(Markdown.code(client + ".fromEnv()")).append(" reads ")
        .append(setup.credentials().isEmpty() ? "" : "those variables and ")
        .append(model.servers().isEmpty() ? baseUrl + " (the URL requests go to)"
            : "also, when set, " + baseUrl + " (instead of the spec's first server)")
        .append(", and fails with a message naming any variable that is missing or blank. A client holds"
            + " threads until it is closed: use it in try-with-resources, or call ")
        .append(Markdown.code("close()")).append(" when done.\n\n");
  }

  private void operations(StringBuilder page) {
    page.append("## Operations\n\n");
    if (model.operations().isEmpty()) {
      page.append("The spec has no operations.\n\n");
      return;
    }
    page.append("Each operation is one method of the client, e.g. ").append(Markdown.code("client.op(request)"))
        .append(", with ").append(Markdown.code("RequestOptions")).append(" as an optional last argument; one"
            + " whose only required parameters are path parameters also takes them directly. ")
        .append(Markdown.code("client.withRawResponse()")).append(" has the same methods returning the status"
            + " and headers with the body, and ").append(Markdown.code("client.async()"))
        .append(" the same methods returning a ").append(Markdown.code("CompletableFuture"))
        .append(". A paginated operation also has ").append(Markdown.code("opAll"))
        .append(", which walks every page.\n\n");
    page.append(Markdown.header("Operation", "Method and path", "Summary"));
    for (Operation operation : model.operations()) {
      String summary = operation.summary().isBlank() ? firstSentence(operation.description()) : operation.summary();
      page.append(Markdown.row(
          Markdown.link(Markdown.code(operation.operationId(), true), layout.page(operation)),
          Markdown.code(operation.method() + " " + operation.path(), true),
          (operation.deprecated() ? "**Deprecated.** " : "") + (summary.isBlank() ? " " : Markdown.cell(summary))));
    }
    page.append('\n');
  }

  private static String firstSentence(String text) {
    String line = text.strip().split("\n", 2)[0];
    int end = line.indexOf(". ");
    return end < 0 ? line : line.substring(0, end + 1);
  }

  private static String xmlText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
