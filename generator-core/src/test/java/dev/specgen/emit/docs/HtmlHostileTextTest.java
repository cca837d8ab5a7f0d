package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.read.SpecFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Spec text written to inject script into the HTML reference: raw HTML, a closing {@code </textarea>}
 * and {@code </script>}, {@code javascript:} and {@code data:} links, an image that runs code when it
 * fails. It all shows as text, no link keeps an unsafe scheme, and in the browser nothing runs.
 */
class HtmlHostileTextTest {

  private static final String EVIL = "<script>alert(1)</script> </textarea><b>bold?</b> "
      + "[click](javascript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=) "
      + "<img src=x onerror=alert(3)> ![pic](javascript:alert(4)) [ok](https://example.com/a)";

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: "Evil </title><script>alert(5)</script>", version: '1', description: "%1$s"}
      servers: [{url: 'https://evil.example.com', description: "%1$s"}]
      security: [{token: []}]
      paths:
        /items/{id}:
          post:
            operationId: getItem
            summary: "Get <script>alert(6)</script>"
            description: "%1$s"
            parameters:
              - name: id
                in: path
                required: true
                description: "%1$s"
                schema: {type: string}
                example: "</script><script>alert(7)</script>"
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Item'}
                  example: {text: "</textarea><script>alert(8)</script>"}
            responses:
              '200':
                description: "%1$s"
      components:
        securitySchemes:
          token: {type: http, scheme: bearer, description: "%1$s"}
        schemas:
          Item:
            type: object
            description: "%1$s"
            properties:
              text: {type: string, description: "%1$s"}
      """.formatted(EVIL);

  @TempDir Path dir;

  private Map<String, String> pages() {
    ApiModel model = new SpecFixture(dir).model("evil.yaml", SPEC);
    Map<String, String> pages = new TreeMap<>();
    for (GeneratedFile file : new DocsEmitter().emit(model, new EmitContext("com.evil", dir.resolve("evil.yaml"), true))) {
      if (file.relativePath().startsWith("evil/html/")) {
        pages.put(file.relativePath().substring("evil/html/".length()), file.content());
      }
    }
    return pages;
  }

  @Test
  void specTextIsShownAsTextAndLinksKeepOnlySafeSchemes() {
    Map<String, String> pages = pages();
    assertThat(pages).containsKeys("index.html", "getItem.html", "assets/reference.js", "assets/reference.css");
    for (String name : new String[] {"index.html", "getItem.html"}) {
      String page = pages.get(name);
      assertThat(HtmlChecks.problems(page)).as("problems of %s", name).isEmpty();
      assertThat(page).as(name).doesNotContain("<script>alert").doesNotContain("<b>").doesNotContain("<img")
          .doesNotContain("</textarea>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertThat(HtmlChecks.links(page)).as("links of %s", name)
          .allMatch(link -> link.equals("#") || link.startsWith("https://example.com/") || !link.contains(":"));
      assertThat(page.split("<script", -1)).as("script elements of %s", name).hasSize(name.equals("index.html") ? 2 : 3);
    }
    assertThat(pages.get("getItem.html")).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(7)");
  }

  @Test
  void nothingRunsInTheBrowser() throws Exception {
    Browser.assumeInstalled();
    Map<String, String> pages = pages();
    Path html = dir.resolve("html");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = html.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
    }
    try (Browser browser = new Browser(dir.resolve("profile"), 1000, 800)) {
      for (String name : new String[] {"index.html", "getItem.html"}) {
        browser.open(html.resolve(name).toUri().toString());
        assertThat(alertShown(browser)).as("an alert on %s", name).isFalse();
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
            .contains("<script>alert(1)</script> </textarea><b>bold?</b>");
        assertThat(browser.consoleErrors()).as("console of %s", name).isEmpty();
      }
      assertThat(browser.byId("f-path-id").getAttribute("value")).isEqualTo("</script><script>alert(7)</script>");
      assertThat(browser.byId("body-editor").getAttribute("value")).contains("</textarea><script>alert(8)</script>");
      assertThat(browser.byId("snippet-java").getText())
          .contains(".id(\"</script><script>alert(7)</script>\")")
          .contains(".text(\"</textarea><script>alert(8)</script>\")");
    }
  }

  private static boolean alertShown(Browser browser) {
    try {
      browser.driver().switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
