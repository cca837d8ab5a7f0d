package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.HttpMethod;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Server;
import dev.specgen.ir.TypeDef;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.RefResolver;
import dev.specgen.load.ScalarNode;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a whole OpenAPI 3.0/3.1 document into an {@link ApiModel}. Component schemas are named
 * first, then paths are read in sorted order, so every generated name depends only on the spec's
 * content.
 */
final class OpenApiReader {

  private final Path file;
  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final Fields fields;
  private final SharedComponentUsers users = new SharedComponentUsers();

  OpenApiReader(Path file, RefResolver refs, Diagnostics diagnostics) {
    this.file = file;
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
    refs.onTarget(users::reached);
  }

  /** Which operations use the shared parts of the spec read, for naming them in diagnostics. */
  SharedComponentUsers users() {
    return users;
  }

  Optional<ApiModel> read(Node rootNode) {
    Optional<MapNode> root = fields.asMap(rootNode, "an OpenAPI document");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> version = version(root.get());
    if (version.isEmpty()) {
      return Optional.empty();
    }
    new UnknownKeys(refs.reportingTo(new Diagnostics()), diagnostics).check(root.get());
    MapNode components = fields.map(root.get(), "components").orElse(null);
    SchemaConverter schemas = new SchemaConverter(refs, diagnostics);
    boolean openApi30 = version.get().startsWith("3.0");
    SecurityReader security = new SecurityReader(refs, diagnostics, openApi30);
    if (components != null) {
      fields.map(components, "schemas").ifPresent(s -> {
        schemas.reserveComponentNames(s);
        s.entries().keySet().stream().sorted().forEach(key -> {
          Node schema = s.entries().get(key);
          schemas.checkLiterals(schema, schemas.convert(schema, key));
        });
      });
      security.readSchemes(components);
    }
    security.readDocumentDefault(root.get());
    List<Operation> operations = operations(root.get(), new OperationReader(refs, diagnostics, schemas, security, openApi30));
    MapNode info = fields.map(root.get(), "info").orElse(null);
    Optional<String> declaredTitle = info == null ? Optional.empty() : fields.string(info, "title");
    String title = declaredTitle.orElse(""); // an empty title is valid: the file name names the API
    if (declaredTitle.isEmpty()) {
      diagnostics.error(info == null ? root.get().location() : info.location(), "missing 'info.title'");
    }
    String apiName = apiName(title);
    List<TypeDef> types = schemas.types();
    return Optional.of(new ApiModel(
        title,
        info == null ? "" : fields.stringOr(info, "version", ""),
        info == null ? "" : fields.stringOr(info, "description", ""),
        apiName,
        file,
        servers(root.get()),
        security.schemes(),
        operations,
        types,
        new PackageNamespace(diagnostics).decide(apiName, operations, types)));
  }

  /** The {@code openapi} version, which must be 3.0.x or 3.1.x. */
  private Optional<String> version(MapNode root) {
    if (root.has("swagger")) {
      diagnostics.error(root.keyLocation("swagger"),
          "Swagger 2.0 documents are not supported; convert the spec to OpenAPI 3 first");
      return Optional.empty();
    }
    Optional<Node> node = root.get("openapi");
    if (node.isEmpty()) {
      diagnostics.error(root.location(), "missing 'openapi' version (expected 3.0.x or 3.1.x)");
      return Optional.empty();
    }
    if (!(node.get() instanceof ScalarNode scalar && scalar.isString())) {
      diagnostics.error(node.get().location(), "'openapi' must be a string such as \"3.1.0\", found "
          + node.get().kindName() + " (quote the version)");
      return Optional.empty();
    }
    if (!scalar.text().matches("3\\.[01]\\.\\d+(-.+)?")) {
      diagnostics.error(scalar.location(), "unsupported OpenAPI version '" + scalar.text()
          + "' (expected 3.0.x or 3.1.x)");
      return Optional.empty();
    }
    return Optional.of(scalar.text());
  }

  private List<Server> servers(MapNode root) {
    List<Server> servers = new ArrayList<>();
    fields.list(root, "servers").ifPresent(list -> list.items().forEach(item ->
        fields.asMap(item, "a server").ifPresent(server -> server(server).ifPresent(servers::add))));
    return servers;
  }

  private Optional<Server> server(MapNode server) {
    Optional<String> url = fields.string(server, "url");
    if (url.isEmpty()) {
      diagnostics.error(server.location(), "a server needs a 'url'");
      return Optional.empty();
    }
    List<Server.ServerVariable> variables = new ArrayList<>();
    fields.map(server, "variables").ifPresent(map -> map.entries().forEach((name, node) ->
        fields.asMap(node, "a server variable").ifPresent(variable -> {
          Optional<String> defaultValue = fields.stringOrScalar(variable, "default");
          if (defaultValue.isEmpty()) {
            diagnostics.error(variable.location(), "server variable '" + name + "' needs a 'default'");
            return;
          }
          variables.add(new Server.ServerVariable(name, defaultValue.get(),
              fields.stringsOrScalars(variable, "enum"), fields.stringOr(variable, "description", "")));
        })));
    return Optional.of(new Server(url.get(), fields.stringOr(server, "description", ""), variables));
  }

  // ---- paths -------------------------------------------------------------------------------

  private List<Operation> operations(MapNode root, OperationReader reader) {
    Optional<MapNode> paths = fields.map(root, "paths");
    if (paths.isEmpty()) {
      return List.of();
    }
    Map<String, Location> operationIds = new HashMap<>();
    NameScope methodNames = new NameScope();
    // The client's own members: an operation named like one gets a suffix instead of clashing.
    List.of("withRawResponse", "async", "withOptions", "fromEnv", "close", "core").forEach(methodNames::reserve);
    List<Operation> operations = new ArrayList<>();
    List<String> sortedPaths = paths.get().entries().keySet().stream().sorted().toList();
    for (String path : sortedPaths) {
      if (!path.startsWith("/")) {
        diagnostics.error(paths.get().keyLocation(path), "path '" + path + "' must start with '/'");
        continue;
      }
      refs.resolve(paths.get().entries().get(path)).flatMap(n -> fields.asMap(n, "a path item"))
          .ifPresent(item -> pathItem(path, item, reader, operationIds, methodNames, operations));
    }
    operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return operations;
  }

  private void pathItem(String path, MapNode item, OperationReader reader,
      Map<String, Location> operationIds, NameScope methodNames, List<Operation> operations) {
    List<Node> shared = fields.list(item, "parameters").map(l -> l.items()).orElse(List.of());
    for (HttpMethod method : HttpMethod.values()) {
      String key = method.name().toLowerCase(Locale.ROOT);
      fields.map(item, key).map(operation -> operation.locatedAt(item.keyLocation(key))).ifPresent(operation -> {
        String operationId = operationId(path, method, operation, operationIds);
        String javaName = methodNames.allocate(JavaNames.memberName(operationId));
        users.enterOperation(operationId);
        operations.add(reader.read(path, method, operation, operationId, javaName, shared));
        users.leaveOperation();
      });
    }
  }

  private String operationId(String path, HttpMethod method, MapNode operation,
      Map<String, Location> seen) {
    Optional<String> declared = fields.string(operation, "operationId");
    if (declared.isEmpty()) {
      return method.name().toLowerCase(Locale.ROOT) + JavaNames.typeName(path);
    }
    Location here = operation.get("operationId").get().location();
    Location first = seen.putIfAbsent(declared.get(), here);
    if (first != null) {
      diagnostics.error(here, "duplicate operationId '" + declared.get() + "' (first used at "
          + first.position() + ")");
    }
    return declared.get();
  }

  /** {@code Front API} to {@code Front}: the title without a trailing "API". */
  private String apiName(String title) {
    String trimmed = title.replaceAll("(?i)[\\s_-]*(rest\\s*)?api$", "").strip();
    if (trimmed.isEmpty()) {
      String fileName = file.getFileName() == null ? "Api" : file.getFileName().toString();
      trimmed = fileName.replaceAll("\\.[^.]*$", "");
    }
    return JavaNames.typeName(trimmed);
  }
}
