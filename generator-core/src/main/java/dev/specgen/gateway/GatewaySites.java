package dev.specgen.gateway;

import dev.specgen.emit.EmitContext;
import dev.specgen.emit.GeneratedFile;
import dev.specgen.emit.OutputPaths;
import dev.specgen.emit.docs.CredentialVariables;
import dev.specgen.emit.docs.DocsEmitter;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecReport;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns loaded specs into what the gateway serves: per spec, its docs (rendered in memory, nothing
 * is written) and the API it forwards to, with the targets it allows and the credentials found in
 * the environment under the names the docs use.
 */
public final class GatewaySites {

  /**
   * The gateway's APIs and pages.
   *
   * @param problems why a spec cannot be served (no usable server URL and no {@code --target})
   */
  public record Sites(List<GatewayApi> apis, Map<String, String> pages, List<String> problems) {}

  private GatewaySites() {}

  /**
   * Loads {@code options}' specs and builds the sites; {@code reports} receives the load reports
   * (with their diagnostics) before anything is built.
   *
   * @param target where requests go instead of the spec's first server, if given
   * @param environment the environment variables ({@code System::getenv})
   */
  public static Optional<Sites> load(GeneratorOptions options, Optional<URI> target,
      Function<String, String> environment, java.util.function.Consumer<List<SpecReport>> reports) {
    List<SpecReport> loaded = new Generator().load(options);
    reports.accept(loaded);
    if (loaded.stream().anyMatch(r -> r.diagnostics().hasErrors())) {
      return Optional.empty();
    }
    List<GatewayApi> apis = new ArrayList<>();
    Map<String, String> pages = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (SpecReport report : loaded) {
      ApiModel model = report.model().orElseThrow();
      String name = OutputPaths.docsFolder(report.input().spec());
      EmitContext context = new EmitContext(report.input().packageName(), report.input().spec(), true);
      for (GeneratedFile file : new DocsEmitter(true).emit(model, context)) {
        if (file.target() == GeneratedFile.Target.DOCS) {
          pages.put(file.relativePath(), file.content());
        }
      }
      Set<URI> allowed = new LinkedHashSet<>(serverUrls(model));
      target.ifPresent(allowed::add);
      Optional<URI> first = target.or(() -> allowed.stream().findFirst());
      if (first.isEmpty()) {
        problems.add(report.input().spec() + ": the spec names no absolute http(s) server URL; give one with --target URL");
        continue;
      }
      apis.add(new GatewayApi(name, first.get(), allowed, model.securitySchemes(), configured(model, environment)));
    }
    return Optional.of(new Sites(apis, pages, problems));
  }

  /** The spec's server URLs (variables at their defaults) that are absolute http(s) URLs, without a trailing slash. */
  static List<URI> serverUrls(ApiModel model) {
    List<URI> urls = new ArrayList<>();
    for (Server server : model.servers()) {
      parseTarget(server.defaultUrl()).ifPresent(urls::add);
    }
    return urls;
  }

  /** An absolute http(s) URL without query, fragment or user info, trailing slashes removed. */
  public static Optional<URI> parseTarget(String url) {
    try {
      URI uri = URI.create(ProxyHandler.stripSlash(url.strip()));
      boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The credentials set in the environment, by scheme key; basic auth needs both variables. */
  static Map<String, String> configured(ApiModel model, Function<String, String> environment) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SecurityScheme scheme : model.securitySchemes()) {
      List<String> values = CredentialVariables.of(model, scheme).stream().map(environment).toList();
      if (values.stream().allMatch(v -> v != null && !v.isEmpty())) {
        out.put(scheme.key(), String.join(":", values));
      }
    }
    return out;
  }
}
