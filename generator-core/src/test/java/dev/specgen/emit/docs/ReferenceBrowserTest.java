package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.emit.EmitContext;
import dev.specgen.gateway.Gateway;
import dev.specgen.gateway.GatewayApi;
import dev.specgen.gateway.GatewayConfig;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.read.LoadOptions;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The generated HTML reference in headless Chromium: the "Try it" form sends, through the gateway,
 * exactly the request that the page's live Java snippet (compiled here against the generated client)
 * and its curl command send; credentials survive a reload until forgotten; Send waits for a gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceBrowserTest {

  /** Where the README's screenshot of the Front page is written. */
  static final Path SCREENSHOT = Path.of("target", "front-reference.png");

  /** Headers the browser or the HTTP stack adds by itself; no snippet sends them. */
  private static final Set<String> NOT_COMPARED = Set.of("host", "user-agent", "connection", "content-length",
      "upgrade", "http2-settings", "transfer-encoding", "accept-language", "accept-encoding", "priority", "pragma",
      "cache-control");

  @TempDir static Path dir;
  private Path out;
  private Path classes;

  @BeforeAll
  void generateAndCompile() {
    Browser.assumeInstalled();
    out = dir.resolve("out");
    SpecgenTestKit.generate(DocsFixtures.packages(DocsFixtures.FLAGSHIPS.stream().map(SpecgenTestKit::flagshipSpec).toList()), LoadOptions.defaults(), out);
    classes = dir.resolve("classes");
    DocsFixtures.compile(DocsFixtures.files(out.resolve("java"), ".java"), classes);
  }

  private static final Map<String, ApiModel> MODELS = new ConcurrentHashMap<>();

  /** One flagship operation as the browser test drives it. */
  private record Flow(String spec, Consumer<Browser> fill, String expectedTarget, String authHeader,
      String authPrefix) {

    /** Loaded once per spec: the docs layouts find an operation by identity, not by equality. */
    ApiModel model() {
      return MODELS.computeIfAbsent(spec, name -> SpecgenTestKit.loadModel(SpecgenTestKit.flagshipSpec(name)));
    }

    EmitContext context() {
      return new EmitContext(DocsFixtures.flagshipPackage(spec), SpecgenTestKit.flagshipSpec(spec), true);
    }

    Operation operation() {
      return model().operations().get(0);
    }
  }

  @Test
  @SuppressWarnings("try") // the gateway is closed early on purpose: the page must report it unreachable
  void frontTryItSendsTheRequestOfItsJavaAndCurlSnippets() throws Throwable {
    Flow front = new Flow("front.yaml", browser -> {
      browser.type("f-path-contact_id", "crd_123");
      for (String status : List.of("assigned", "unassigned", "archived", "trashed", "deleted")) {
        browser.setChecked("f-query-q_statuses-" + status, status.equals("assigned") || status.equals("archived"));
      }
      browser.type("f-query-limit", "25");
      browser.type("f-query-page_token", "");
    }, "/contacts/crd_123/conversations?q%5Bstatuses%5D=assigned&q%5Bstatuses%5D=archived&limit=25",
        "authorization", "Bearer ");
    try (TestServer server = TestServer.start();
        Browser browser = new Browser(dir.resolve("profile-front"), 1280, 2000)) {
      server.respondWith(r -> TestServer.Response.json(200, "{\"_results\":[{\"id\":\"cnv_1\",\"status\":\"assigned\"}],"
          + "\"_pagination\":{}}"));
      try (Gateway gateway = gateway(front, server)) {
        browser.open(page(front).toUri().toString());
        assertThat(browser.byId("send").isEnabled()).as("Send before a gateway URL is set").isFalse();
        assertThat(browser.byId("send-hint").getText()).isEqualTo("Enter a gateway URL above to enable sending.");

        String token = "tok-" + System.nanoTime();
        TestServer.Request viaPage = tryIt(browser, front, server, gateway, "cred-bearerAuth-value", token);
        assertThat(browser.byId("result-body").getText()).contains("\"id\": \"cnv_1\"");
        screenshot(browser);
        assertSnippetsSendTheSameRequest(browser, front, server, viaPage, token);

        browser.driver().navigate().refresh();
        assertThat(browser.byId("cred-bearerAuth-value").getAttribute("value")).isEqualTo(token);
        assertThat(browser.byId("gateway-url").getAttribute("value")).isEqualTo(gateway.baseUrl());
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(token);
        assertThat(browser.byId("snippet-java").getText()).doesNotContain(token);
        browser.byId("forget").click();
        assertThat(browser.byId("cred-bearerAuth-value").getAttribute("value")).isEmpty();
        browser.driver().navigate().refresh();
        assertThat(browser.byId("cred-bearerAuth-value").getAttribute("value")).isEmpty();
        assertThat(browser.byId("gateway-url").getAttribute("value")).isEmpty();
        assertThat(browser.byId("send").isEnabled()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();

        int closedPort = gateway.port();
        gateway.close();
        browser.type("gateway-url", "http://127.0.0.1:" + closedPort);
        browser.byId("send").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
            org.openqa.selenium.By.id("result-status"), "could not be reached"));
        assertThat(browser.byId("result-status").getText()).isEqualTo("The gateway could not be reached, or it "
            + "refused the page (CORS). Is it running at http://127.0.0.1:" + closedPort + "?");
      }
    }
  }

  @Test
  void highLevelTryItSendsTheVersionHeaderTheClientSetsAndTheRequiredQuery() throws Throwable {
    Flow highLevel = new Flow("highlevel.yaml", browser -> {
      clearForm(browser);
      browser.type("f-query-locationId", "loc 1/2");
    }, "/conversations/search?locationId=loc%201%2F2", "authorization", "Bearer ");
    TestServer.Request sent = servedFlow(highLevel, "cred-bearerAuth-value", "{\"conversations\":[],\"total\":0}");
    assertThat(sent.headers()).containsEntry("version", "2021-04-15");
  }

  @Test
  void chatwootTryItSendsTheApiKeyHeaderAndANumericPathParameter() throws Throwable {
    Flow chatwoot = new Flow("chatwoot.yaml", browser -> {
      browser.type("f-path-account_id", "3");
      browser.type("f-path-id", "42");
    }, "/api/v1/accounts/3/contacts/42/conversations", "api_access_token", "");
    servedFlow(chatwoot, "cred-userApiKey-value", "[]");
  }

  @Test
  void noPageOfTheFlagshipReferencesLogsAConsoleError() throws IOException {
    List<Path> pages = DocsFixtures.files(out.resolve("docs"), ".html");
    assertThat(pages).hasSize(DocsFixtures.FLAGSHIPS.size() * 2);
    try (Browser browser = new Browser(dir.resolve("profile-console"), 1000, 800)) {
      browser.open(pages.stream().filter(p -> p.toString().contains("/front/html/index.html")).findFirst()
          .orElseThrow().toUri().toString());
      browser.type("filter", "no such operation");
      assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".op-link")))
          .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
      browser.type("filter", "CONTACT conv");
      assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".op-link")))
          .allMatch(org.openqa.selenium.WebElement::isDisplayed);
      for (Path page : pages) {
        browser.open(page.toUri().toString());
        assertThat(browser.consoleErrors()).as("console errors of %s", page).isEmpty();
        if (!page.getFileName().toString().equals("index.html")) {
          assertStartsAsTheCompiledSnippet(browser, page);
        }
      }
    }
  }

  /**
   * With the form as it starts (the example values), the live snippets are the Markdown page's: the
   * Java the build compiled and the curl command of the same request.
   */
  private static void assertStartsAsTheCompiledSnippet(Browser browser, Path page) {
    String name = page.getFileName().toString();
    String markdown = DocsFixtures.read(page.getParent().getParent().resolve(name.replace(".html", ".md")));
    String java = (String) browser.driver().executeScript("return document.getElementById('snippet-java').textContent");
    String curl = (String) browser.driver().executeScript("return document.getElementById('snippet-curl').textContent");
    assertThat(java).as("live Java of %s", page).isEqualTo(MarkdownChecks.blocksIn(markdown, "Java").get(0).text());
    assertThat(curl).as("live curl of %s", page).isEqualTo(MarkdownChecks.blocksIn(markdown, "curl").get(0).text());
  }

  /** The flow on the page as the gateway serves it; the Java and curl snippets send the same request. */
  private TestServer.Request servedFlow(Flow flow, String credentialInput, String reply) throws Throwable {
    try (TestServer server = TestServer.start();
        Browser browser = new Browser(dir.resolve("profile-" + flow.spec()), 1280, 1000)) {
      server.respondWith(r -> TestServer.Response.json(200, reply));
      try (Gateway gateway = gateway(flow, server)) {
        DocsLayout docs = new DocsLayout(flow.model(), flow.context());
        HtmlLayout html = new HtmlLayout(docs, flow.model().operations());
        browser.open(gateway.baseUrl() + Gateway.PAGES_PREFIX + html.path(html.page(flow.operation())));
        String credential = "secret-" + System.nanoTime();
        TestServer.Request viaPage = tryIt(browser, flow, server, gateway, credentialInput, credential);
        assertSnippetsSendTheSameRequest(browser, flow, server, viaPage, credential);
        assertThat(browser.consoleErrors()).isEmpty();
        return viaPage;
      }
    }
  }

  /** Empties every input of the form, as a user who wants only the required values would. */
  private static void clearForm(Browser browser) {
    browser.driver().executeScript("document.querySelectorAll('#form-fields input, #form-fields select,"
        + " #form-fields textarea').forEach(function (e) { if (e.type === 'checkbox') { e.checked = false; }"
        + " else { e.value = ''; } });"
        + " document.getElementById('form-fields').dispatchEvent(new Event('input'));");
  }

  /** Fills the form, the credential and the gateway URL, presses Send, and returns what the API received. */
  private TestServer.Request tryIt(Browser browser, Flow flow, TestServer server, Gateway gateway,
      String credentialInput, String credential) {
    flow.fill().accept(browser);
    browser.type(credentialInput, credential);
    browser.type("gateway-url", gateway.baseUrl());
    assertThat(browser.byId("send").isEnabled()).isTrue();
    browser.byId("send").click();
    browser.waiting().until(ExpectedConditions.textMatches(org.openqa.selenium.By.id("result-status"),
        java.util.regex.Pattern.compile("^\\d{3} .*")));
    assertThat(browser.byId("result-status").getText()).startsWith("200");
    assertThat(server.requests()).hasSize(1);
    TestServer.Request sent = server.requests().get(0);
    assertThat(sent.method()).isEqualTo(flow.operation().method().name());
    assertThat(sent.target()).isEqualTo(SnippetRunner.basePath(flow.model()) + flow.expectedTarget());
    assertThat(sent.headers()).containsEntry(flow.authHeader(), flow.authPrefix() + credential);
    assertThat(sent.headers().keySet()).noneMatch(name -> name.startsWith("x-specgen-"));
    return sent;
  }

  /** The Java and curl texts the page shows at this moment send the request the page sent. */
  private void assertSnippetsSendTheSameRequest(Browser browser, Flow flow, TestServer server,
      TestServer.Request viaPage, String credential) throws Throwable {
    String java = (String) browser.driver().executeScript("return document.getElementById('snippet-java').textContent");
    String curl = (String) browser.driver().executeScript("return document.getElementById('snippet-curl').textContent");
    Map<String, String> environment = SnippetRunner.environment(flow.model(), flow.context(), flow.operation());
    environment.replaceAll((name, value) -> credential);

    TestServer.Request viaJava = runJava(flow, java, server, environment);
    assertSameRequest(viaJava, viaPage);
    TestServer.Request viaCurl = runCurl(flow, curl, server, environment);
    assertSameRequest(viaCurl, viaPage);
  }

  private TestServer.Request runJava(Flow flow, String java, TestServer server,
      Map<String, String> environment) throws Throwable {
    String packageName = "pagesnippet." + flow.spec().replace(".yaml", "");
    ClientSurface surface = new ClientSurface(flow.model(), flow.context());
    StringBuilder source = new StringBuilder("package " + packageName + ";\n\nimport "
        + surface.client().canonicalName() + ";\n");
    List<String> body = new ArrayList<>();
    for (String line : java.split("\n")) {
      if (line.startsWith("import ")) {
        source.append(line).append('\n');
      } else {
        body.add(line);
      }
    }
    source.append("\npublic final class PageSnippet {\n  public static Object run(").append(surface.client().simpleName())
        .append(" client) throws Exception {\n").append(String.join("\n", body)).append("\n    return null;\n  }\n}\n");
    Path file = dir.resolve("page-snippets").resolve(packageName.replace('.', '/')).resolve("PageSnippet.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    DocsFixtures.compile(List.of(file), classes, System.getProperty("java.class.path") + File.pathSeparator + classes);
    int before = server.requests().size();
    try (SnippetRunner runner = new SnippetRunner(classes)) {
      Object client = runner.client(flow.model(), flow.context(), flow.operation(),
          server.baseUrl() + SnippetRunner.basePath(flow.model()), environment);
      runner.run(packageName + ".PageSnippet", "run", client);
    }
    assertThat(server.requests()).hasSize(before + 1);
    return server.requests().get(before);
  }

  private TestServer.Request runCurl(Flow flow, String curl, TestServer server,
      Map<String, String> environment) throws Exception {
    String local = curl.replace(DocsEmitter.baseUrl(flow.model()), server.baseUrl() + SnippetRunner.basePath(flow.model()));
    assertThat(local).as("the curl command names the spec's server").isNotEqualTo(curl);
    ProcessBuilder process = new ProcessBuilder("sh", "-c", local.strip() + " --silent --show-error --max-time 20");
    process.environment().putAll(environment);
    process.redirectErrorStream(true);
    int before = server.requests().size();
    Process started = process.start();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(started.exitValue()).as("curl: %s", output).isZero();
    assertThat(server.requests()).hasSize(before + 1);
    return server.requests().get(before);
  }

  /** Same method, path and query, body, and the same headers beyond those the HTTP stacks add. */
  private static void assertSameRequest(TestServer.Request actual, TestServer.Request viaPage)
      throws IOException {
    assertThat(actual.method()).isEqualTo(viaPage.method());
    assertThat(actual.target()).isEqualTo(viaPage.target());
    assertThat(compared(actual.headers())).isEqualTo(compared(viaPage.headers()));
    if (viaPage.body().isEmpty()) {
      assertThat(actual.body()).isEmpty();
    } else {
      ObjectMapper mapper = new ObjectMapper();
      assertThat(mapper.readTree(actual.body())).isEqualTo(mapper.readTree(viaPage.body()));
    }
  }

  private static Map<String, String> compared(Map<String, String> headers) {
    Map<String, String> out = new TreeMap<>(headers);
    out.keySet().removeIf(name -> NOT_COMPARED.contains(name) || name.startsWith("sec-"));
    return out;
  }

  private Path page(Flow flow) {
    DocsLayout docs = new DocsLayout(flow.model(), flow.context());
    HtmlLayout html = new HtmlLayout(docs, flow.model().operations());
    return out.resolve("docs").resolve(html.path(html.page(flow.operation())));
  }

  private Gateway gateway(Flow flow, TestServer server) throws IOException {
    URI target = URI.create(server.baseUrl() + SnippetRunner.basePath(flow.model()));
    GatewayApi api = new GatewayApi(new DocsLayout(flow.model(), flow.context()).folder(), target, Set.of(target),
        flow.model().securitySchemes(), Map.of());
    return Gateway.start(GatewayConfig.of(List.of(api), pages(), 0), line -> { });
  }

  /** The generated docs, as the gateway serves them. */
  private Map<String, String> pages() throws IOException {
    Map<String, String> pages = new TreeMap<>();
    Path docs = out.resolve("docs");
    for (Path file : DocsFixtures.files(docs, "")) {
      if (Files.isRegularFile(file)) {
        pages.put(docs.relativize(file).toString().replace(File.separatorChar, '/'), Files.readString(file));
      }
    }
    return pages;
  }

  private static void screenshot(Browser browser) throws IOException {
    browser.driver().executeScript("document.getElementById('try-it').scrollIntoView()");
    Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
    Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
  }
}
