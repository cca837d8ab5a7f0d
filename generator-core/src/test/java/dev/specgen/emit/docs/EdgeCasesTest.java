package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.SpecFixture;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations at the edges of what the docs handle: no parameters and no body in either direction,
 * basic auth, an API key in the query, no server, a cookie parameter, a body the client cannot
 * send, and operation ids that are not file names. Every snippet compiles, and each one that runs
 * sends the request of its curl command.
 */
class EdgeCasesTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Edge API, version: '2'}
      components:
        securitySchemes:
          basic: {type: http, scheme: basic}
          queryKey: {type: apiKey, in: query, name: api key}
          session: {type: apiKey, in: cookie, name: session}
      paths:
        /ping:
          post:
            operationId: ping
            security: [{basic: []}]
            responses:
              '204': {description: No content.}
        /search:
          get:
            operationId: 'search/all things'
            security: [{queryKey: []}, {session: []}]
            parameters:
              - {name: q, in: query, required: true, schema: {type: string}}
              - {name: theme, in: cookie, schema: {type: string}, example: dark}
            responses:
              default:
                description: Anything.
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        hits: {type: integer}
        /upload:
          put:
            operationId: README
            requestBody:
              required: true
              content:
                multipart/form-data:
                  schema:
                    type: object
                    properties:
                      file: {type: string, format: binary}
            responses:
              '200': {description: Stored.}
      """;

  @TempDir Path dir;

  @Test
  void pagesAndSnippetsHandleTheEdges() throws Throwable {
    SpecFixture fixture = new SpecFixture(dir);
    Path spec = fixture.write("edge.yaml", SPEC);
    ApiModel model = fixture.model(fixture.load("edge.yaml"));
    Path out = dir.resolve("out");
    SpecgenTestKit.generate(DocsFixtures.packages(List.of(spec)), LoadOptions.defaults(), out);

    Path docs = out.resolve("docs/edge");
    List<String> pages = DocsFixtures.files(docs, ".md").stream().map(p -> docs.relativize(p).toString()).toList();
    assertThat(pages).containsExactlyInAnyOrder("README.md", "models.md", "ping.md", "searchAllThings.md",
        "README-2.md");
    for (String page : pages) {
      assertThat(MarkdownChecks.problems(DocsFixtures.read(docs.resolve(page)))).as(page).isEmpty();
    }
    String ping = DocsFixtures.read(docs.resolve("ping.md"));
    assertThat(MarkdownChecks.blocksIn(ping, "curl").get(0).text())
        .isEqualTo("curl --request POST \\\n  --url 'https://api.example.com/ping' \\\n"
            + "  --header 'Accept: application/json' \\\n  --user \"$EDGE_USERNAME:$EDGE_PASSWORD\"\n");
    assertThat(MarkdownChecks.blocksIn(ping, "Java").get(0).text()).endsWith("client.ping();\n");
    String search = DocsFixtures.read(docs.resolve("searchAllThings.md"));
    assertThat(MarkdownChecks.blocksIn(search, "curl").get(0).text())
        .contains("--url \"https://api.example.com/search?q=string&api%20key=$EDGE_API_KEY\"");
    assertThat(search).contains("| `theme` | cookie |").contains("not sent by the client");
    assertThat(DocsFixtures.read(docs.resolve("README-2.md"))).contains("| `multipart/form-data` |")
        .contains("not sent by the client");
    String readme = DocsFixtures.read(docs.resolve("README.md"));
    assertThat(readme).contains("[`README`](README-2.md)").contains(".baseUrl(\"https://api.example.com\")");

    DocsFixtures.requireModel(out, "com/example/conversations/SearchAllThingsResponsedefault.java");
    List<Path> sources = new ArrayList<>(DocsFixtures.files(out.resolve("java"), ".java"));
    sources.addAll(DocsFixtures.files(out.resolve("snippets"), ".java"));
    DocsFixtures.compile(sources, dir.resolve("classes"));

    EmitContext context = new EmitContext(DocsFixtures.BASE_PACKAGE, spec, true);
    DocsLayout layout = new DocsLayout(model, context);
    try (SnippetRunner runner = new SnippetRunner(dir.resolve("classes"))) {
      for (Operation operation : model.operations()) {
        if (!operation.operationId().equals("ping") && !operation.operationId().startsWith("search")) {
          continue;
        }
        Map<String, String> environment = SnippetRunner.environment(model, context, operation);
        String page = DocsFixtures.read(docs.resolve(layout.page(operation)));
        CurlParser.Request curl = CurlParser.parse(MarkdownChecks.blocksIn(page, "curl").get(0).text(), environment);
        try (TestServer server = TestServer.start()) {
          server.respondWith(r -> TestServer.Response.json(operation.operationId().equals("ping") ? 204 : 200,
              operation.operationId().equals("ping") ? "" : "{\"hits\": 3}"));
          Object client = runner.client(model, context, operation, server.baseUrl(), environment);
          runner.run(layout.snippetClass(operation).canonicalName(), "run", client);

          assertThat(server.requests()).hasSize(1);
          SnippetRunner.assertSameRequest(server.requests().get(0), curl);
        }
      }
    }
  }

  @Test
  void withoutClientsOnlyTheModelsAreDocumented() {
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec("front.yaml"));
    List<dev.specgen.emit.GeneratedFile> files = new DocsEmitter().emit(model,
        new EmitContext("com.example.front", SpecgenTestKit.flagshipSpec("front.yaml"), false));

    assertThat(files).extracting(f -> f.target() + ":" + f.relativePath())
        .containsExactly("DOCS:front/README.md", "DOCS:front/models.md");
    String readme = files.get(0).content();
    assertThat(MarkdownChecks.links(readme)).containsExactly("models.md");
    assertThat(MarkdownChecks.headings(readme)).containsExactly("# Front API", "## Models");
  }
}
