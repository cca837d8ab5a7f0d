package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.HttpMethod;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Parameter.ParameterLocation;
import dev.specgen.ir.Parameter.ParameterStyle;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.RequestBody;
import dev.specgen.ir.Response;
import dev.specgen.ir.SecurityRequirement;
import dev.specgen.ir.TypeRef;
import dev.specgen.load.ListNode;
import dev.specgen.load.MapNode;
import dev.specgen.load.Node;
import dev.specgen.load.RefResolver;
import dev.specgen.load.ScalarNode;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one operation: its parameters, request body, responses, security and pagination. */
final class OperationReader {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
  private static final Pattern STATUS = Pattern.compile("[1-5](?:[0-9]{2}|XX)|default");
  private static final Pattern LOWERCASE_RANGE = Pattern.compile("[1-5]xx");
  private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");
  private static final Set<String> SCHEMA_KEYWORDS_ON_PARAMETERS =
      Set.of("type", "format", "enum", "items", "anyOf", "oneOf", "allOf", "properties");

  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final Fields fields;
  private final SchemaConverter schemas;
  private final SecurityReader security;
  private final PaginationReader pagination;
  private final boolean openApi30;

  OperationReader(RefResolver refs, Diagnostics diagnostics, SchemaConverter schemas,
      SecurityReader security, boolean openApi30) {
    this.openApi30 = openApi30;
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
    this.schemas = schemas;
    this.security = security;
    this.pagination = new PaginationReader(diagnostics, schemas::typeDef);
  }

  /**
   * Reads the operation under {@code method} of path {@code path}.
   *
   * @param operationId the operation's id, already checked for uniqueness by the caller
   * @param javaName the method name allocated for it
   * @param pathParameters the path item's own parameters, which the operation may override
   */
  Operation read(String path, HttpMethod method, MapNode operation, String operationId,
      String javaName, List<Node> pathParameters) {
    String typeHint = JavaNames.typeName(operationId);
    List<Parameter> parameters = parameters(path, operation, pathParameters, typeHint);
    List<SecurityRequirement> requirements = security.requirementsOf(operation);
    Optional<RequestBody> body = requestBody(operation, typeHint);
    List<Response> responses = responses(operation, typeHint);
    Operation read = new Operation(
        operationId,
        javaName,
        method,
        path,
        fields.stringOr(operation, "summary", ""),
        fields.stringOr(operation, "description", ""),
        fields.strings(operation, "tags"),
        fields.flag(operation, "deprecated"),
        requiredScopes(operation, requirements),
        requirements,
        parameters,
        body,
        responses,
        pagination.read(operation, parameters, Operation.successType(responses)),
        operation.location());
    return new UnsupportedParts(diagnostics).check(operation, read);
  }

  // ---- parameters --------------------------------------------------------------------------

  private List<Parameter> parameters(
      String path, MapNode operation, List<Node> pathParameters, String typeHint) {
    Map<String, MapNode> byKey = new LinkedHashMap<>();
    List<Node> all = new ArrayList<>(pathParameters);
    fields.list(operation, "parameters").ifPresent(list -> all.addAll(list.items()));
    for (Node node : all) {
      refs.resolve(node).flatMap(n -> fields.asMap(n, "a parameter")).ifPresent(parameter -> {
        String name = fields.stringOr(parameter, "name", "");
        String in = fields.stringOr(parameter, "in", "");
        byKey.put(in + ":" + name, parameter); // an operation's parameter overrides the path item's
      });
    }
    NameScope javaNames = new NameScope();
    javaNames.reserve("options");
    List<Parameter> parameters = new ArrayList<>();
    for (MapNode node : byKey.values()) {
      parameter(node, typeHint, javaNames).ifPresent(parameters::add);
    }
    checkPathVariables(path, operation, parameters, typeHint, javaNames);
    return parameters;
  }

  private Optional<Parameter> parameter(MapNode node, String typeHint, NameScope javaNames) {
    Optional<String> name = fields.string(node, "name");
    Optional<String> in = fields.string(node, "in");
    if (name.isEmpty() || in.isEmpty()) {
      diagnostics.error(node.location(), "a parameter needs both 'name' and 'in'");
      return Optional.empty();
    }
    Optional<ParameterLocation> location = location(node, in.get());
    if (location.isEmpty()) {
      return Optional.empty();
    }
    if (location.get() == ParameterLocation.HEADER && IGNORED_HEADERS.contains(name.get().toLowerCase(Locale.ROOT))) {
      diagnostics.warning(node.location(), "header parameter '" + name.get()
          + "' is ignored: the client sets this header itself");
      return Optional.empty();
    }
    warnAboutMisplacedSchemaKeywords(node);
    boolean required = readRequired(node, name.get(), location.get());
    ParameterStyle style = style(node, location.get());
    boolean explode = fields.bool(node, "explode").orElse(style == ParameterStyle.FORM);
    Optional<Node> schemaNode = parameterSchema(node);
    SchemaConverter.Converted type = schemaNode
        .map(s -> schemas.convert(s, typeHint + JavaNames.typeName(name.get())))
        .orElse(new SchemaConverter.Converted(TypeRef.primitive(PrimitiveType.STRING), false));
    schemaNode.ifPresent(s -> schemas.checkLiterals(s, type));
    if (node.has("example")) {
      schemas.checkLiterals(node, type);
    }
    Optional<JsonValue> example = parameterExample(node).or(() -> schemaNode.flatMap(schemas::example));
    Optional<JsonValue> defaultValue = schemaNode.flatMap(schemas::defaultValue);
    return Optional.of(new Parameter(
        name.get(),
        javaNames.allocate(JavaNames.memberName(name.get())),
        location.get(),
        style,
        explode,
        required,
        fields.flag(node, "deprecated"),
        type.type(),
        fields.string(node, "description").orElseGet(() -> schemaNode.map(schemas::description).orElse("")),
        example,
        defaultValue,
        constantValue(schemaNode, required),
        node.location()));
  }

  /**
   * Whether the parameter is required. A path parameter always is: one that does not say so is
   * read as required, with a warning ({@code required: optional} stays an error: it says neither).
   */
  private boolean readRequired(MapNode node, String name, ParameterLocation location) {
    Optional<Boolean> declared = fields.bool(node, "required");
    if (location != ParameterLocation.PATH || declared.orElse(false)) {
      return declared.orElse(false);
    }
    if (declared.isPresent() || !node.has("required")) {
      diagnostics.warning(node.has("required") ? node.get("required").get().location() : node.location(),
          "path parameter '" + name + "' is not marked required: true; it is read as required");
    }
    return true;
  }

  private Optional<ParameterLocation> location(MapNode node, String in) {
    switch (in) {
      case "path":
        return Optional.of(ParameterLocation.PATH);
      case "query":
        return Optional.of(ParameterLocation.QUERY);
      case "header":
        return Optional.of(ParameterLocation.HEADER);
      case "cookie":
        return Optional.of(ParameterLocation.COOKIE);
      default:
        diagnostics.error(node.get("in").get().location(),
            "unknown parameter location 'in: " + in + "' (expected path, query, header or cookie)");
        return Optional.empty();
    }
  }

  private ParameterStyle style(MapNode node, ParameterLocation location) {
    ParameterStyle fallback = switch (location) {
      case QUERY, COOKIE -> ParameterStyle.FORM;
      case PATH, HEADER -> ParameterStyle.SIMPLE;
    };
    Optional<String> style = fields.string(node, "style");
    if (style.isEmpty()) {
      return fallback;
    }
    for (ParameterStyle candidate : ParameterStyle.values()) {
      if (candidate.specName().equals(style.get())) {
        if (candidate == ParameterStyle.FORM && !allowedStyles(location).contains(candidate)) {
          // "form" is the query default, written out of habit: the location's default is meant
          diagnostics.warning(node.get("style").get().location(), "style 'form' cannot be used for a "
              + location.name().toLowerCase(Locale.ROOT) + " parameter; it is read as style '"
              + fallback.specName() + "'");
          return fallback;
        }
        if (!allowedStyles(location).contains(candidate)) {
          diagnostics.error(node.get("style").get().location(), "style '" + style.get()
              + "' cannot be used for a " + location.name().toLowerCase(Locale.ROOT) + " parameter");
          return fallback;
        }
        return candidate;
      }
    }
    diagnostics.error(node.get("style").get().location(), "unknown style '" + style.get()
        + "' (expected simple, form, deepObject, spaceDelimited, pipeDelimited, label or matrix)");
    return fallback;
  }

  private static Set<ParameterStyle> allowedStyles(ParameterLocation location) {
    return switch (location) {
      case PATH -> Set.of(ParameterStyle.SIMPLE, ParameterStyle.LABEL, ParameterStyle.MATRIX);
      case QUERY -> Set.of(ParameterStyle.FORM, ParameterStyle.SPACE_DELIMITED,
          ParameterStyle.PIPE_DELIMITED, ParameterStyle.DEEP_OBJECT);
      case HEADER -> Set.of(ParameterStyle.SIMPLE);
      case COOKIE -> Set.of(ParameterStyle.FORM);
    };
  }

  private void warnAboutMisplacedSchemaKeywords(MapNode node) {
    for (String key : node.entries().keySet()) {
      if (SCHEMA_KEYWORDS_ON_PARAMETERS.contains(key)) {
        diagnostics.warning(node.keyLocation(key), "'" + key + "' is not a parameter field "
            + "(schema keywords belong under 'schema'); it is ignored");
      }
    }
  }

  /** The parameter's schema, from {@code schema} or the first entry of {@code content}. */
  private Optional<Node> parameterSchema(MapNode node) {
    if (node.has("schema")) {
      return node.get("schema");
    }
    return fields.map(node, "content")
        .flatMap(content -> content.entries().values().stream().findFirst())
        .flatMap(media -> media instanceof MapNode m ? m.get("schema") : Optional.empty());
  }

  private Optional<JsonValue> parameterExample(MapNode node) {
    if (node.has("example")) {
      return Optional.of(JsonValues.of(node.get("example").get()));
    }
    return fields.map(node, "examples")
        .flatMap(examples -> examples.entries().values().stream().findFirst())
        .flatMap(refs::resolve)
        .flatMap(example -> example instanceof MapNode m ? m.get("value") : Optional.empty())
        .map(JsonValues::of);
  }

  /** A required value the schema allows only one of, with that value as default. */
  private Optional<String> constantValue(Optional<Node> schemaNode, boolean required) {
    Optional<MapNode> schema = schemaNode.flatMap(refs::resolve)
        .filter(MapNode.class::isInstance).map(MapNode.class::cast);
    if (schema.isEmpty() || !required) {
      return Optional.empty();
    }
    Optional<ListNode> values = schema.get().get("enum").filter(ListNode.class::isInstance)
        .map(ListNode.class::cast);
    Optional<String> defaultValue = schema.get().text("default");
    if (values.isEmpty() || values.get().items().size() != 1 || defaultValue.isEmpty()) {
      return Optional.empty();
    }
    Node only = values.get().items().get(0);
    return only instanceof ScalarNode scalar && scalar.text().equals(defaultValue.get())
        ? defaultValue
        : Optional.empty();
  }

  /** Every {@code {variable}} of the path needs an {@code in: path} parameter, and the reverse. */
  private void checkPathVariables(String path, MapNode operation, List<Parameter> parameters,
      String typeHint, NameScope javaNames) {
    Set<String> variables = new LinkedHashSet<>();
    Matcher matcher = PATH_VARIABLE.matcher(path);
    while (matcher.find()) {
      variables.add(matcher.group(1));
    }
    for (Parameter parameter : List.copyOf(parameters)) {
      if (parameter.location() == ParameterLocation.PATH && !variables.contains(parameter.name())) {
        diagnostics.warning(parameter.origin(), "path parameter '" + parameter.name()
            + "' does not appear in the path " + path + "; it is ignored");
        parameters.remove(parameter);
      }
    }
    for (String variable : variables) {
      boolean declared = parameters.stream()
          .anyMatch(p -> p.location() == ParameterLocation.PATH && p.name().equals(variable));
      if (!declared) {
        diagnostics.warning(operation.location(), "path variable {" + variable
            + "} has no 'in: path' parameter; it is read as a required string");
        parameters.add(new Parameter(variable, javaNames.allocate(JavaNames.memberName(variable)),
            ParameterLocation.PATH, ParameterStyle.SIMPLE, false, true, false,
            TypeRef.primitive(PrimitiveType.STRING), "", Optional.empty(), Optional.empty(),
            Optional.empty(), operation.location()));
      }
    }
  }

  // ---- bodies ------------------------------------------------------------------------------

  private Optional<RequestBody> requestBody(MapNode operation, String typeHint) {
    Optional<Node> node = operation.get("requestBody");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    return refs.resolve(node.get()).flatMap(n -> fields.asMap(n, "a request body")).map(body ->
        new RequestBody(fields.flag(body, "required"), fields.stringOr(body, "description", ""),
            content(body, typeHint + "RequestBody")));
  }

  private List<Response> responses(MapNode operation, String typeHint) {
    Optional<MapNode> responses = fields.map(operation, "responses");
    if (responses.isEmpty() || responses.get().entries().isEmpty()) {
      if (openApi30) { // 3.1 made responses optional; 3.0 requires them, but the intent is clear
        diagnostics.warning(operation.location(),
            "operation has no responses (OpenAPI 3.0 requires them); it is read as declaring none");
      }
      return List.of();
    }
    List<Response> result = new ArrayList<>();
    // The lowest 2xx status names its body plainly and the others carry their status, so names do
    // not depend on the order in which the responses are written.
    String primary = responses.get().entries().keySet().stream()
        .filter(s -> s.startsWith("2") && STATUS.matcher(s).matches()).sorted().findFirst().orElse("");
    for (Map.Entry<String, Node> entry : responses.get().entries().entrySet()) {
      String status = statusOf(entry.getKey(), responses.get());
      if (!STATUS.matcher(status).matches()) {
        diagnostics.error(responses.get().keyLocation(status), "'" + status
            + "' is not a response status (expected a code such as 200, a range such as 4XX, or default)");
        continue;
      }
      String hint = typeHint + "Response" + (status.equals(primary) ? "" : status);
      Optional<Node> resolved = refs.resolve(entry.getValue());
      resolved.flatMap(n -> fields.asMap(n, "a response"))
          .ifPresent(r -> result.add(response(status, r, hint)));
    }
    return result;
  }

  /** The status as written, with a lowercase range ({@code 4xx}) read as its range, with a warning. */
  private String statusOf(String written, MapNode responses) {
    if (!LOWERCASE_RANGE.matcher(written).matches()) {
      return written;
    }
    String range = written.toUpperCase(Locale.ROOT);
    diagnostics.warning(responses.keyLocation(written), "response status '" + written
        + "' is read as the range '" + range + "' (ranges are written in capitals)");
    return range;
  }

  private Response response(String status, MapNode response, String hint) {
    List<Response.Header> headers = new ArrayList<>();
    fields.map(response, "headers").ifPresent(map -> map.entries().forEach((name, node) ->
        refs.resolve(node).flatMap(n -> fields.asMap(n, "a header")).ifPresent(header ->
            headers.add(header(name, header, hint)))));
    return new Response(status, fields.stringOr(response, "description", ""),
        content(response, hint), headers);
  }

  private Response.Header header(String name, MapNode header, String hint) {
    Optional<Node> schema = header.get("schema");
    if (schema.isEmpty()) {
      diagnostics.warning(header.location(), "header '" + name + "' has no schema; it is read as a string");
    }
    TypeRef type = schema.map(s -> schemas.convert(s, hint + JavaNames.typeName(name)).type())
        .orElse(TypeRef.primitive(PrimitiveType.STRING));
    return new Response.Header(name, type, fields.stringOr(header, "description", ""));
  }

  private List<MediaType> content(MapNode holder, String hint) {
    List<MediaType> result = new ArrayList<>();
    fields.map(holder, "content").ifPresent(content -> content.entries().forEach((mediaType, node) ->
        fields.asMap(node, "a media type").ifPresent(media -> {
          Optional<Node> schema = media.get("schema");
          SchemaConverter.Converted type = schema.map(s -> schemas.convert(s, hint))
              .orElse(new SchemaConverter.Converted(TypeRef.any(), true));
          Optional<JsonValue> example = mediaExample(media).or(() -> schema.flatMap(schemas::example));
          if (media.has("example")) {
            schemas.checkLiterals(media, type);
          }
          result.add(new MediaType(mediaType, type.type(), example, encoding(media)));
        })));
    return result;
  }

  /** The Encoding Objects of a form or multipart body, by property. */
  private Map<String, MediaType.Encoding> encoding(MapNode media) {
    Map<String, MediaType.Encoding> result = new LinkedHashMap<>();
    fields.map(media, "encoding").ifPresent(encodings -> encodings.entries().forEach((property, node) ->
        fields.asMap(node, "an encoding").ifPresent(encoding -> result.put(property, new MediaType.Encoding(
            fields.string(encoding, "contentType"), fields.string(encoding, "style"),
            fields.bool(encoding, "explode"))))));
    return result;
  }

  private Optional<JsonValue> mediaExample(MapNode media) {
    return mediaExampleNode(media).map(JsonValues::of);
  }

  private Optional<Node> mediaExampleNode(MapNode media) {
    if (media.has("example")) {
      return media.get("example");
    }
    return fields.map(media, "examples")
        .flatMap(examples -> examples.entries().values().stream().findFirst())
        .flatMap(refs::resolve)
        .flatMap(example -> example instanceof MapNode m ? m.get("value") : Optional.empty());
  }

  // ---- scopes ------------------------------------------------------------------------------

  private List<String> requiredScopes(MapNode operation, List<SecurityRequirement> requirements) {
    if (operation.has("x-required-scopes")) {
      return fields.strings(operation, "x-required-scopes");
    }
    Set<String> scopes = new LinkedHashSet<>();
    requirements.forEach(r -> r.schemes().values().forEach(scopes::addAll));
    return List.copyOf(scopes);
  }
}
