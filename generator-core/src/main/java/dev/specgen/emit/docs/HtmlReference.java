package dev.specgen.emit.docs;

import dev.specgen.emit.client.RuntimeExceptions;
import dev.specgen.emit.docs.ClientSurface.Call;
import dev.specgen.emit.docs.ExampleRequest.Arg;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Property;
import dev.specgen.ir.Response;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.Server;
import dev.specgen.ir.TypeDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interactive HTML reference of one spec ({@code <docs>/<spec>/html/}): an index with the API's
 * description, servers, authentication and models, and a page per operation with its parameters, a
 * "Try it" form and a live Java and curl snippet (assembled by the shipped script from {@link
 * LiveCall}'s description). Works from disk: no network fetch at view time.
 */
final class HtmlReference {

  /** The shipped assets, resources of the generator, copied next to the pages. */
  static final List<String> ASSETS = List.of("reference.css", "reference.js");

  private final ApiModel model;
  private final HtmlLayout layout;
  private final HtmlPage page;
  private final HtmlMarkdown markdown = new HtmlMarkdown();
  private final LiveCall live;

  HtmlReference(ApiModel model, DocsLayout docs, LiveCall live) {
    this.model = model;
    this.layout = new HtmlLayout(docs, model.operations());
    this.page = new HtmlPage(model, layout);
    this.live = live;
  }

  /** The shipped CSS and script. */
  List<GeneratedFile> assets() {
    return ASSETS.stream().map(name -> file(HtmlPage.ASSETS + "/" + name, resource(name))).toList();
  }

  GeneratedFile index() {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(HtmlPage.escape(model.title())).append("</h1>\n")
        .append(markdown.render(model.description()));
    servers(main);
    authentication(main);
    models(main);
    return file(HtmlPage.INDEX, page.page(model.title(), "index", main.toString(), null));
  }

  GeneratedFile operation(Call call, List<Arg> args, Optional<String> exampleBody) {
    Operation operation = call.operation();
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(HtmlPage.escape(HtmlPage.label(operation))).append("</h1>\n")
        .append("<p class=\"endpoint\">").append(HtmlPage.methodBadge(operation)).append(" <code>")
        .append(HtmlPage.escape(operation.path())).append("</code> <span class=\"op-id\">")
        .append(HtmlPage.escape(operation.operationId())).append("</span></p>\n")
        .append(markdown.render(operation.description()));
    if (!operation.requiredScopes().isEmpty()) {
      main.append("<p>Required scopes: ");
      operation.requiredScopes().forEach(s -> main.append("<code>").append(HtmlPage.escape(s)).append("</code> "));
      main.append("</p>\n");
    }
    parameters(main, operation);
    requestBody(main, operation);
    tryIt(main);
    responses(main, operation);
    errors(main, operation);
    main.append("<script type=\"application/json\" id=\"call-description\">")
        .append(live.json(call, args, exampleBody)).append("</script>\n");
    return file(layout.page(operation), page.page(HtmlPage.label(operation) + " · " + model.title(), "operation",
        main.toString(), operation));
  }

  private void servers(StringBuilder main) {
    main.append("<h2 id=\"servers\">Servers</h2>\n<ul class=\"servers\">\n");
    for (Server server : model.servers()) {
      main.append("<li><code>").append(HtmlPage.escape(server.url())).append("</code> ")
          .append(markdown.render(server.description())).append("</li>\n");
    }
    if (model.servers().isEmpty()) {
      main.append("<li>The spec names no server.</li>\n");
    }
    main.append("</ul>\n");
  }

  private void authentication(StringBuilder main) {
    main.append("<h2 id=\"authentication\">Authentication</h2>\n");
    if (model.securitySchemes().isEmpty()) {
      main.append("<p>The spec declares no security schemes.</p>\n");
    }
    for (SecurityScheme scheme : model.securitySchemes()) {
      main.append("<h3><code>").append(HtmlPage.escape(scheme.key())).append("</code>: ")
          .append(HtmlPage.escape(schemeLabel(scheme))).append("</h3>\n").append(markdown.render(scheme.description()));
    }
  }

  static String schemeLabel(SecurityScheme scheme) {
    return switch (scheme.kind()) {
      case BEARER -> "bearer token (Authorization: Bearer <token>)";
      case BASIC -> "basic authentication (user and password)";
      case API_KEY -> "API key in the " + scheme.apiKeyLocation().name().toLowerCase(Locale.ROOT) + " "
          + scheme.parameterName();
    };
  }

  private void models(StringBuilder main) {
    main.append("<h2 id=\"models\">Models</h2>\n");
    for (TypeDef type : model.types()) {
      main.append("<section class=\"model\" id=\"").append(layout.modelAnchor(type.name())).append("\">\n<h3>")
          .append(HtmlPage.escape(type.name())).append("</h3>\n").append(markdown.render(type.description()));
      if (type instanceof TypeDef.ObjectType object && !object.properties().isEmpty()) {
        main.append("<table><thead><tr><th>Property</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>\n");
        for (Property property : object.properties()) {
          main.append("<tr><td><code>").append(HtmlPage.escape(property.wireName())).append("</code></td><td>")
              .append(page.typeLabel(property.type())).append("</td><td>").append(property.required() ? "yes" : "no")
              .append("</td><td>").append(markdown.render(property.description())).append("</td></tr>\n");
        }
        main.append("</tbody></table>\n");
      } else if (type instanceof TypeDef.EnumType enumType) {
        main.append("<p>One of: ");
        enumType.constants().forEach(c -> main.append("<code>").append(HtmlPage.escape(String.valueOf(c.wireValue())))
            .append("</code> "));
        main.append("</p>\n");
      } else if (type instanceof TypeDef.UnionType union) {
        main.append("<p>One of: ");
        union.variants().forEach(v -> main.append(page.typeLabel(v.type())).append(" "));
        main.append("</p>\n");
      }
      main.append("</section>\n");
    }
  }

  private void parameters(StringBuilder main, Operation operation) {
    main.append("<h2 id=\"parameters\">Parameters</h2>\n");
    if (operation.parameters().isEmpty()) {
      main.append("<p>None.</p>\n");
      return;
    }
    main.append("<table class=\"parameters\"><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th>"
        + "<th>Description</th></tr></thead><tbody>\n");
    for (Parameter parameter : operation.parameters()) {
      main.append("<tr><td><code>").append(HtmlPage.escape(parameter.name())).append("</code></td><td>")
          .append(parameter.location().name().toLowerCase(Locale.ROOT)).append("</td><td>")
          .append(page.typeLabel(parameter.type())).append("</td><td>")
          .append(parameter.required() ? "<span class=\"required\">required</span>" : "no").append("</td><td>")
          .append(markdown.render(parameter.description()))
          .append(parameter.constantValue().map(c -> "<p>Always <code>" + HtmlPage.escape(c)
              + "</code>: the client sends it itself.</p>").orElse(""))
          .append("</td></tr>\n");
    }
    main.append("</tbody></table>\n");
  }

  private void requestBody(StringBuilder main, Operation operation) {
    operation.requestBody().ifPresent(body -> {
      main.append("<h2 id=\"request-body\">Request body</h2>\n").append(markdown.render(body.description()));
      for (MediaType media : body.content()) {
        main.append("<p><code>").append(HtmlPage.escape(media.mediaType())).append("</code>: ")
            .append(page.typeLabel(media.type())).append("</p>\n");
      }
    });
  }

  /** The "Try it" panels; the script fills in the form, the snippet and the results. */
  private void tryIt(StringBuilder main) {
    main.append("""
        <section class="try-it" id="try-it">
        <h2>Try it</h2>
        <div class="panel" id="auth-panel"><h3>Authentication</h3>
        <p>Configure credentials for %s</p><div id="credentials"></div></div>
        <div class="panel" id="gateway-panel"><h3>Gateway</h3>
        <p>The gateway proxies requests and injects credentials server-side. Configure credentials above, then enter your gateway URL.</p>
        <label for="gateway-url">Gateway URL</label>
        <input type="url" id="gateway-url" placeholder="http://127.0.0.1:8080" autocomplete="off">
        <p class="note">Saved automatically to browser storage. <button type="button" id="forget">Forget</button></p></div>
        <form id="try-form" class="panel" autocomplete="off"><h3>Parameters</h3><div id="form-fields"></div></form>
        <div class="send-row"><button type="button" id="send" disabled>Send</button>
        <span id="send-hint">Enter a gateway URL above to enable sending.</span></div>
        <div id="result" class="panel" hidden><h3>Response</h3><p id="result-status"></p>
        <pre id="result-headers"></pre><pre id="result-body"></pre></div>
        </section>
        <section class="snippet" id="code-snippet">
        <h2>Code snippet</h2>
        <p>Updates live as you fill in the form above.</p>
        <div class="tabs" role="tablist"><button type="button" class="tab active" id="tab-java" data-tab="java">Java</button>
        <button type="button" class="tab" id="tab-curl" data-tab="curl">curl</button>
        <button type="button" class="copy" id="copy">Copy</button></div>
        <pre class="code" id="snippet-java"></pre><pre class="code" id="snippet-curl" hidden></pre>
        </section>
        """.formatted(HtmlPage.escape(model.title())));
  }

  private void responses(StringBuilder main, Operation operation) {
    main.append("<h2 id=\"responses\">Responses</h2>\n");
    for (Response response : operation.successResponses()) {
      main.append("<h3><code>").append(HtmlPage.escape(response.status())).append("</code></h3>\n")
          .append(markdown.render(response.description()));
      for (MediaType media : response.content()) {
        main.append("<p><code>").append(HtmlPage.escape(media.mediaType())).append("</code>: ")
            .append(page.typeLabel(media.type())).append("</p>\n");
        media.example().ifPresent(example -> main.append("<pre class=\"code\">")
            .append(HtmlPage.escape(example.toPrettyJson())).append("</pre>\n"));
      }
    }
  }

  private void errors(StringBuilder main, Operation operation) {
    main.append("<h2 id=\"errors\">Errors</h2>\n");
    if (operation.errorResponses().isEmpty()) {
      main.append("<p>The spec declares no error responses.</p>\n");
      return;
    }
    main.append("<table><thead><tr><th>Status</th><th>Exception</th><th>Description</th></tr></thead><tbody>\n");
    for (Response response : operation.errorResponses()) {
      main.append("<tr><td><code>").append(HtmlPage.escape(response.status())).append("</code></td><td><code>")
          .append(HtmlPage.escape(RuntimeExceptions.forStatus(model, response.status()))).append("</code></td><td>")
          .append(markdown.render(response.description())).append("</td></tr>\n");
    }
    main.append("</tbody></table>\n");
  }

  private GeneratedFile file(String name, String content) {
    return new GeneratedFile(GeneratedFile.Target.DOCS, layout.path(name), content);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReference.class.getResourceAsStream("html/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
