package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Response;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The flagship snippets run against a local HTTP server that answers with the spec's example: each
 * sends the request its page documents, and exactly the request the page's curl command sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlagshipSnippetHttpTest {

  static final List<String> FLAGSHIPS = DocsFixtures.FLAGSHIPS;

  @TempDir static Path dir;
  private Path out;
  private Path classes;

  @BeforeAll
  void generateAndCompile() {
    out = dir.resolve("out");
    SpecgenTestKit.generate(DocsFixtures.packages(FLAGSHIPS.stream().map(SpecgenTestKit::flagshipSpec).toList()), LoadOptions.defaults(), out);
    DocsFixtures.requireModel(out, "com/example/conversations/front/ConversationPage.java");
    List<Path> sources = new ArrayList<>(DocsFixtures.files(out.resolve("java"), ".java"));
    sources.addAll(DocsFixtures.files(out.resolve("snippets"), ".java"));
    classes = dir.resolve("classes");
    DocsFixtures.compile(sources, classes);
  }

  /** One operation of a flagship spec, with its page and the test's credentials. */
  private record Case(ApiModel model, EmitContext context, Operation operation, String page,
      Map<String, String> environment, String snippetClass) {

    CurlParser.Request curl() {
      return CurlParser.parse(MarkdownChecks.blocksIn(page, "curl").get(0).text(), environment);
    }
  }

  private Case operationCase(String spec) {
    ApiModel model = SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec(spec));
    EmitContext context = new EmitContext(DocsFixtures.flagshipPackage(spec), SpecgenTestKit.flagshipSpec(spec), true);
    DocsLayout layout = new DocsLayout(model, context);
    Operation operation = model.operations().get(0);
    String page = DocsFixtures.read(out.resolve("docs").resolve(layout.path(layout.page(operation))));
    return new Case(model, context, operation, page, SnippetRunner.environment(model, context, operation),
        layout.snippetClass(operation).canonicalName());
  }

  /** The spec's example of the first success response, as the server's reply. */
  private static TestServer.Response example(Case c) {
    Response success = c.operation().successResponses().get(0);
    Optional<MediaType> media = success.content().stream().findFirst();
    String json = media.flatMap(MediaType::example).map(JsonValue::toJson)
        .or(() -> media.flatMap(m -> new ExampleValues(c.model()).synthesize(m.type(), ExampleValues.Mode.RESPONSE))
            .map(v -> new JsonValue(v).toJson()))
        .orElse("{}");
    return TestServer.Response.json(Integer.parseInt(success.status().replace("XX", "00")), json);
  }

  private TestServer.Request runOnce(Case c, TestServer server, String method) throws Throwable {
    try (SnippetRunner runner = new SnippetRunner(classes)) {
      Object client = runner.client(c.model(), c.context(), c.operation(),
          server.baseUrl() + SnippetRunner.basePath(c.model()), c.environment());
      Object result = runner.run(c.snippetClass(), method, client);
      assertThat(result).as("decoded response").isNotNull();
      if (result instanceof List<?> list) {
        assertThat(list).as("decoded items").isNotEmpty();
      }
    }
    assertThat(server.requests()).isNotEmpty();
    return server.requests().get(0);
  }

  @ParameterizedTest
  @FieldSource("FLAGSHIPS")
  void theSnippetSendsTheRequestOfTheCurlCommand(String spec) throws Throwable {
    Case c = operationCase(spec);
    try (TestServer server = TestServer.start()) {
      server.respondWith(r -> example(c));
      TestServer.Request sent = runOnce(c, server, "run");

      assertThat(server.requests()).hasSize(1);
      SnippetRunner.assertSameRequest(sent, c.curl());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "front.yaml    | /contacts/crd_123/conversations?q%5Bstatuses%5D=assigned&q%5Bstatuses%5D=archived&limit=25&page_token=7b7d1c0f5a2e4b3c9d8e | authorization    | Bearer secret-front_api_token",
      "chatwoot.yaml | /api/v1/accounts/1/contacts/42/conversations | api_access_token | secret-chatwoot_api_access_token",
      "inquirly.yaml | /api/v1/accounts/1/contacts/42/conversations | api_access_token | secret-inquirly_api_access_token",
      "highlevel.yaml | /conversations/search?locationId=ABCHkzuJQ8ZMd4Te84GK&contactId=9VEmS0si86GW6gXWU89b&assignedTo=ABCHkzuJQ8ZMd4Te84GK,fGiae4CHkzoskh8thsik&followers=ABCHkzuJQ8ZMd4Te84GK,fGiae4CHkzoskh8thsik&mentions=ABCHkzuJQ8ZMd4Te84GK,fGiae4CHkzoskh8thsik&id=ABCHkzuJQ8ZMd4Te84GK&lastMessageAction=manual&lastMessageDirection=inbound&lastMessageType=TYPE_SMS&limit=20&query=Search%20string&scoreProfile=ABCHkzuJQ8ZMd4Te84GK&scoreProfileMin=20&scoreProfileMax=80&sort=asc&sortBy=last_message_date&sortScoreProfile=ABCHkzuJQ8ZMd4Te84GK&startAfterDate=1628008053263&status=all | authorization | Bearer secret-highlevel_api_token",
  })
  void theSnippetSendsTheDocumentedRequest(String spec, String target, String authHeader, String authValue)
      throws Throwable {
    Case c = operationCase(spec);
    try (TestServer server = TestServer.start()) {
      server.respondWith(r -> example(c));
      TestServer.Request sent = runOnce(c, server, "run");

      assertThat(sent.method()).isEqualTo("GET");
      assertThat(sent.target()).isEqualTo(target);
      assertThat(sent.headers()).containsEntry(authHeader, authValue).containsEntry("accept", "application/json");
      if (spec.equals("highlevel.yaml")) {
        assertThat(sent.headers()).containsEntry("version", "2021-04-15");
      }
    }
    // The page documents the same request: the parameters' examples and the base URL.
    String base = DocsEmitter.baseUrl(c.model());
    assertThat(c.curl().url()).isEqualTo(base + target);
    for (var parameter : c.operation().parameters()) {
      assertThat(c.page()).contains("| `" + parameter.name() + "` |");
    }
  }

  @Test
  void frontAllPagesFollowsTheNextPageUrl() throws Throwable {
    Case c = operationCase("front.yaml");
    try (TestServer server = TestServer.start()) {
      server.respondWith(r -> r.target().contains("page_token=")
          ? TestServer.Response.json(200, "{\"_results\": [], \"_pagination\": {\"next\": null}}")
          : TestServer.Response.json(200, example(c).body().replace("https://api2.frontapp.com", server.baseUrl())));
      TestServer.Request first = runOnce(c, server, "runAll");

      assertThat(first.target())
          .isEqualTo("/contacts/crd_123/conversations?q%5Bstatuses%5D=assigned&q%5Bstatuses%5D=archived&limit=25");
      assertThat(server.requests()).hasSize(2);
      assertThat(server.requests().get(1).target())
          .isEqualTo("/contacts/crd_123/conversations?page_token=7b7d1c0f5a2e4b3c9d8e");
      assertThat(server.requests().get(1).headers()).containsEntry("authorization", "Bearer secret-front_api_token");
    }
    assertThat(c.page()).contains("for (Conversation conversation : client.listContactConversationsAll(request)) {");
  }

  @Test
  void highLevelAllPagesStopsAtAnEmptyPage() throws Throwable {
    Case c = operationCase("highlevel.yaml");
    try (TestServer server = TestServer.start()) {
      server.respondWith(r -> r.target().contains("startAfterDate=")
          ? TestServer.Response.json(200, "{\"conversations\": [], \"total\": 1}")
          : example(c));
      TestServer.Request first = runOnce(c, server, "runAll");

      assertThat(server.requests()).as("the short example page is followed by one empty page").hasSize(2);
      assertThat(first.target()).startsWith("/conversations/search?locationId=ABCHkzuJQ8ZMd4Te84GK&")
          .contains("&limit=20&").doesNotContain("startAfterDate");
      assertThat(first.headers()).containsEntry("version", "2021-04-15");
    }
  }
}
