package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example renderers against the real client: a spec with every kind of value is generated and
 * compiled, its snippet is run against a local server, and the request it sends must be exactly
 * the one its curl command describes, down to the percent-encoding and the JSON body.
 */
class ExampleRoundTripTest {

  @TempDir Path dir;

  @Test
  void theSnippetSendsTheRequestOfTheCurlCommand() throws Throwable {
    Path spec = dir.resolve("kitchen.yaml");
    Files.writeString(spec, KitchenSpec.YAML);
    Path out = dir.resolve("out");
    SpecgenTestKit.generate(DocsFixtures.packages(List.of(spec)), LoadOptions.defaults(), out);
    String pkg = DocsFixtures.BASE_PACKAGE;
    DocsFixtures.requireModel(out, pkg.replace('.', '/') + "/Everything.java");
    List<Path> sources = new ArrayList<>(DocsFixtures.files(out.resolve("java"), ".java"));
    sources.addAll(DocsFixtures.files(out.resolve("snippets"), ".java"));
    DocsFixtures.compile(sources, dir.resolve("classes"));

    ApiModel model = SpecgenTestKit.loadModel(spec);
    EmitContext context = new EmitContext(pkg, spec, true);
    Operation operation = model.operations().get(0);
    Map<String, String> environment = SnippetRunner.environment(model, context, operation);
    String page = DocsFixtures.read(out.resolve("docs/kitchen/putThing.md"));
    CurlParser.Request curl = CurlParser.parse(MarkdownChecks.blocksIn(page, "curl").get(0).text(), environment);

    try (TestServer server = TestServer.start();
        SnippetRunner runner = new SnippetRunner(dir.resolve("classes"))) {
      server.respondWith(r -> TestServer.Response.json(200, "{\"text\": \"t\", \"count\": 1, \"required\": \"r\"}"));
      Object client = runner.client(model, context, operation, server.baseUrl() + SnippetRunner.basePath(model),
          environment);
      Object response = runner.run(pkg + ".snippets.PutThingSnippet", "run", client);

      assertThat(response).isNotNull();
      assertThat(server.requests()).hasSize(1);
      SnippetRunner.assertSameRequest(server.requests().get(0), curl);
    }
    assertThat(curl.url()).startsWith("https://kitchen.example.com/v1/things/a%20b%2Fc%3Ad/2024-02-29?")
        .contains("&filter%5Blevel%5D%5Bmin%5D=1&filter%5Bkinds%5D=big&filter%5Bkinds%5D=small&")
        .contains("&ids=1,2&pipes=x%7Cy%7Cz&")
        .contains("&tags=a&tags=b%20c%26d&");
    assertThat(curl.headers()).containsEntry("x-mode", "fast").containsEntry("x-trace", "t1,t2")
        .containsEntry("x-api-key", "secret-kitchen_x_api_key");
  }
}
