package dev.specgen.emit.docs;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.Emitter;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.JavaFiles;
import dev.specgen.emit.docs.ClientSurface.Call;
import dev.specgen.emit.docs.ExampleRequest.Arg;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Emits the docs of one spec: {@code README.md} (set-up and the list of operations), a page per
 * operation with Java and curl examples of the same request, and {@code models.md}; and, for the
 * snippets folder, the Java examples as classes that compile with the generated client.
 *
 * <p>Pages show the code of the compiled snippet classes (see {@link SnippetEmitter}), so an
 * example in the docs cannot stop compiling unnoticed.
 */
public final class DocsEmitter implements Emitter {

  /** Where the examples send requests when the spec names no usable server. */
  static final String PLACEHOLDER_BASE_URL = "https://api.example.com";

  private final boolean htmlReference;

  /** Markdown docs and the HTML reference. */
  public DocsEmitter() {
    this(true);
  }

  /** Markdown docs, and the HTML reference when {@code htmlReference}. */
  public DocsEmitter(boolean htmlReference) {
    this.htmlReference = htmlReference;
  }

  @Override
  public List<GeneratedFile> emit(ApiModel model, EmitContext context) {
    DocsLayout layout = new DocsLayout(model, context);
    ClientSurface surface = new ClientSurface(model, context);
    List<GeneratedFile> files = new ArrayList<>();
    Optional<ReadmePage.Setup> setup = Optional.empty();
    Optional<HtmlReference> html = Optional.empty();
    if (context.generateClients()) {
      SnippetEmitter snippets = new SnippetEmitter(model, context, surface, layout);
      files.add(JavaFiles.packageInfo(GeneratedFile.Target.SNIPPETS, layout.snippetPackage(),
          "Compiled examples of the API's client, as the docs show them.", context.specName()));
      html = htmlReference ? Optional.of(new HtmlReference(model, layout, new LiveCall(model, layout,
          new JavaValues(model, surface.types()), snippets))) : Optional.empty();
      setup = Optional.of(setup(model, layout, snippets, files));
      for (Operation operation : model.operations()) {
        operation(model, layout, surface, snippets, operation, files, html);
      }
    }
    files.add(page(layout, DocsLayout.README, new ReadmePage(model, context, layout, surface).render(setup)));
    files.add(page(layout, DocsLayout.MODELS, new ModelsPage(model, context, layout).render()));
    html.ifPresent(reference -> {
      files.add(reference.index());
      files.addAll(reference.assets());
    });
    return files;
  }

  private static ReadmePage.Setup setup(ApiModel model, DocsLayout layout, SnippetEmitter snippets,
      List<GeneratedFile> files) {
    List<ClientSurface.Credential> credentials = snippets.defaultCredentials(model);
    Optional<String> baseUrl = defaultServer(model).isPresent() ? Optional.empty() : Optional.of(PLACEHOLDER_BASE_URL);
    SnippetEmitter.Snippets setup = snippets.setup(credentials, baseUrl);
    files.add(setup.file());
    return new ReadmePage.Setup(setup.show("fromEnvironment"), setup.show("throughGateway"), setup.show("tuned"),
        layout.setupClass().canonicalName(),
        credentials.stream().flatMap(c -> layout.envVariables(c.scheme()).stream()).toList());
  }

  private static void operation(ApiModel model, DocsLayout layout, ClientSurface surface,
      SnippetEmitter snippets, Operation operation, List<GeneratedFile> files, Optional<HtmlReference> html) {
    Call call = surface.call(operation);
    ExampleRequest example = new ExampleRequest(model);
    List<Arg> args = example.args(call);
    SnippetEmitter.Snippets code = snippets(call, snippets, example);
    files.add(code.file());
    ExampleRequest.Http http = example.http(operation, baseUrl(model), args);
    String curl = CurlCommand.render(http, curlCredentials(operation, snippets, layout));
    OperationPage.Examples shown = new OperationPage.Examples(code.show("run"),
        Optional.ofNullable(code.show("runAll")), layout.snippetClass(operation).canonicalName(), curl);
    files.add(page(layout, layout.page(operation), new OperationPage(model, layout, surface).render(call, shown)));
    html.ifPresent(reference -> files.add(reference.operation(call, args, http.jsonBody())));
  }

  /**
   * The compiled examples of one operation, with the spec's example values: what its page and the
   * snippets folder show (the client's Javadoc shows the same {@code run} method, through {@link
   * SnippetEmitter#shownRun}).
   */
  private static SnippetEmitter.Snippets snippets(Call call, SnippetEmitter snippets, ExampleRequest example) {
    List<Arg> args = example.args(call);
    return snippets.operation(call, args, example.allPagesArgs(call, args));
  }

  /** The credentials of the operation's first way of authenticating, as curl sends them. */
  static List<CurlCommand.Credential> curlCredentials(Operation operation, SnippetEmitter snippets,
      DocsLayout layout) {
    if (operation.security().isEmpty()) {
      return List.of();
    }
    return snippets.credentials(operation.security().get(0).schemes().keySet()).stream()
        .map(c -> new CurlCommand.Credential(c.scheme(), layout.envVariables(c.scheme())))
        .toList();
  }

  /** The first server, when its default URL is an absolute http(s) URL the client can use. */
  static Optional<String> defaultServer(ApiModel model) {
    return model.servers().stream().findFirst().map(Server::defaultUrl).filter(url -> {
      try {
        URI uri = URI.create(url);
        return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
            && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
      } catch (IllegalArgumentException e) {
        return false;
      }
    });
  }

  /** The base URL the examples use, without a trailing slash (as the client normalizes it). */
  static String baseUrl(ApiModel model) {
    String url = defaultServer(model).orElse(PLACEHOLDER_BASE_URL);
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url;
  }

  private static GeneratedFile page(DocsLayout layout, String page, String content) {
    return new GeneratedFile(GeneratedFile.Target.DOCS, layout.path(page), content);
  }
}
