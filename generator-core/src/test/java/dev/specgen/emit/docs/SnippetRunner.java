package dev.specgen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.emit.EmitContext;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs compiled snippets: builds the generated client for a base URL with test credentials, calls
 * a snippet method, and compares the request it sent with the request a curl command describes.
 */
final class SnippetRunner implements AutoCloseable {

  /** Headers the HTTP stack adds by itself, which no curl command needs to name. */
  private static final Set<String> TRANSPORT_HEADERS = Set.of(
      "host", "user-agent", "connection", "content-length", "upgrade", "http2-settings", "transfer-encoding");

  private final URLClassLoader loader;

  SnippetRunner(Path classes) {
    try {
      this.loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SnippetRunner.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values the test gives the credential variables the docs name: {@code FRONT_API_TOKEN=secret-...}. */
  static Map<String, String> environment(ApiModel model, EmitContext context, Operation operation) {
    DocsLayout layout = new DocsLayout(model, context);
    Map<String, String> environment = new TreeMap<>();
    if (!operation.security().isEmpty()) {
      for (String key : operation.security().get(0).schemes().keySet()) {
        model.securityScheme(key).ifPresent(scheme ->
            layout.envVariables(scheme).forEach(v -> environment.put(v, "secret-" + v.toLowerCase())));
      }
    }
    return environment;
  }

  /** The generated client, for {@code baseUrl}, with the operation's credentials from {@code environment}. */
  Object client(ApiModel model, EmitContext context, Operation operation, String baseUrl,
      Map<String, String> environment) throws ReflectiveOperationException {
    ClientSurface surface = new ClientSurface(model, context);
    DocsLayout layout = new DocsLayout(model, context);
    Class<?> client = loader.loadClass(surface.client().canonicalName());
    Object builder = client.getMethod("builder").invoke(null);
    builder.getClass().getMethod("baseUrl", String.class).invoke(builder, baseUrl);
    if (!operation.security().isEmpty()) {
      for (String key : operation.security().get(0).schemes().keySet()) {
        ClientSurface.Credential credential = surface.credential(key).orElseThrow();
        List<String> values = layout.envVariables(credential.scheme()).stream().map(environment::get).toList();
        if (credential.scheme().kind() == SecurityScheme.Kind.BASIC) {
          builder.getClass().getMethod(credential.setter(), String.class, String.class)
              .invoke(builder, values.get(0), values.get(1));
        } else {
          builder.getClass().getMethod(credential.setter(), String.class).invoke(builder, values.get(0));
        }
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** Calls {@code SnippetClass.method(client)}; exceptions of the snippet are rethrown as they are. */
  Object run(String snippetClass, String method, Object client) throws Throwable {
    Class<?> type = loader.loadClass(snippetClass);
    Method run = type.getMethod(method, client.getClass());
    try {
      return run.invoke(null, client);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * Asserts that {@code sent} is the request {@code curl} describes: same method, the same path and
   * query after the base URL, the same headers (beyond those the HTTP stack adds) and the same JSON.
   */
  static void assertSameRequest(TestServer.Request sent, CurlParser.Request curl) throws IOException {
    URI url = URI.create(curl.url());
    assertThat(sent.method()).as("method").isEqualTo(curl.method());
    assertThat(sent.target()).as("path and query")
        .isEqualTo(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    Map<String, String> sentHeaders = new LinkedHashMap<>(sent.headers());
    TRANSPORT_HEADERS.forEach(sentHeaders::remove);
    assertThat(sentHeaders).as("headers").isEqualTo(curl.headers());
    if (curl.data() == null) {
      assertThat(sent.body()).as("body").isEmpty();
    } else {
      ObjectMapper mapper = new ObjectMapper();
      assertThat(mapper.readTree(sent.body())).as("JSON body").isEqualTo(mapper.readTree(curl.data()));
    }
  }

  /** The path of the spec's base URL ({@code /v1} of {@code https://kitchen.example.com/v1}). */
  static String basePath(ApiModel model) {
    String path = URI.create(DocsEmitter.baseUrl(model)).getRawPath();
    return path == null ? "" : path;
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
