package dev.specgen.read;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields the OpenAPI 3.0 and 3.1 specifications define for each of their objects (the union
 * of both versions, with the JSON Schema 2020-12 and 2019-09 keywords for a Schema), and for the
 * fields that hold other objects, which objects they hold.
 *
 * <p>{@link UnknownKeys} walks a spec with this table; nothing else reads it.
 */
final class SpecFieldTable {

  /** The kinds of object a spec is made of. */
  enum Kind {
    OPENAPI("an OpenAPI document"),
    INFO("an Info object"),
    CONTACT("a Contact object"),
    LICENSE("a License object"),
    SERVER("a Server"),
    SERVER_VARIABLE("a Server Variable"),
    COMPONENTS("a Components object"),
    PATHS("a Paths object"),
    PATH_ITEM("a Path Item"),
    OPERATION("an Operation"),
    EXTERNAL_DOCS("an External Documentation object"),
    PARAMETER("a Parameter"),
    REQUEST_BODY("a Request Body"),
    MEDIA_TYPE("a Media Type"),
    ENCODING("an Encoding"),
    RESPONSES("a Responses object"),
    RESPONSE("a Response"),
    CALLBACK("a Callback"),
    EXAMPLE("an Example"),
    LINK("a Link"),
    HEADER("a Header"),
    TAG("a Tag"),
    REFERENCE("a Reference"),
    SCHEMA("a Schema"),
    DISCRIMINATOR("a Discriminator"),
    XML("an XML object"),
    SECURITY_SCHEME("a Security Scheme"),
    OAUTH_FLOWS("an OAuth Flows object"),
    OAUTH_FLOW("an OAuth Flow");

    private final String described;

    Kind(String described) {
      this.described = described;
    }

    /** The kind with its article, as a message names it ("an Operation"). */
    String described() {
      return described;
    }
  }

  /** How a field holds other objects: one, a list of them, or a map from names to them. */
  enum Shape { ONE, ONE_OR_LIST, LIST, MAP }

  /** What a field holds: objects of {@code kind}, arranged as {@code shape}. */
  record Child(Kind kind, Shape shape) {}

  /**
   * The fields of one kind of object.
   *
   * @param fields every field name the specification defines for the kind
   * @param children the fields that hold other spec objects
   * @param patterned for objects whose keys are names chosen by the spec's author (paths, status
   *     codes, callback expressions): the kind of their values; such keys are not checked here
   */
  record ObjectFields(Set<String> fields, Map<String, Child> children, Optional<Kind> patterned) {}

  private static final Map<Kind, ObjectFields> TABLE = new EnumMap<>(Kind.class);

  static {
    define(Kind.OPENAPI).plain("openapi", "jsonSchemaDialect", "security")
        .one("info", Kind.INFO).list("servers", Kind.SERVER).one("paths", Kind.PATHS)
        .map("webhooks", Kind.PATH_ITEM).one("components", Kind.COMPONENTS).list("tags", Kind.TAG)
        .one("externalDocs", Kind.EXTERNAL_DOCS);
    define(Kind.INFO).plain("title", "summary", "description", "termsOfService", "version")
        .one("contact", Kind.CONTACT).one("license", Kind.LICENSE);
    define(Kind.CONTACT).plain("name", "url", "email");
    define(Kind.LICENSE).plain("name", "identifier", "url");
    define(Kind.SERVER).plain("url", "description").map("variables", Kind.SERVER_VARIABLE);
    define(Kind.SERVER_VARIABLE).plain("enum", "default", "description");
    define(Kind.COMPONENTS).map("schemas", Kind.SCHEMA).map("responses", Kind.RESPONSE)
        .map("parameters", Kind.PARAMETER).map("examples", Kind.EXAMPLE)
        .map("requestBodies", Kind.REQUEST_BODY).map("headers", Kind.HEADER)
        .map("securitySchemes", Kind.SECURITY_SCHEME).map("links", Kind.LINK)
        .map("callbacks", Kind.CALLBACK).map("pathItems", Kind.PATH_ITEM);
    define(Kind.PATHS).patterned(Kind.PATH_ITEM);
    define(Kind.PATH_ITEM).plain("$ref", "summary", "description")
        .one("get", Kind.OPERATION).one("put", Kind.OPERATION).one("post", Kind.OPERATION)
        .one("delete", Kind.OPERATION).one("options", Kind.OPERATION).one("head", Kind.OPERATION)
        .one("patch", Kind.OPERATION).one("trace", Kind.OPERATION)
        .list("servers", Kind.SERVER).list("parameters", Kind.PARAMETER);
    define(Kind.OPERATION).plain("tags", "summary", "description", "operationId", "deprecated",
            "security")
        .one("externalDocs", Kind.EXTERNAL_DOCS).list("parameters", Kind.PARAMETER)
        .one("requestBody", Kind.REQUEST_BODY).one("responses", Kind.RESPONSES)
        .map("callbacks", Kind.CALLBACK).list("servers", Kind.SERVER);
    define(Kind.EXTERNAL_DOCS).plain("description", "url");
    define(Kind.PARAMETER).plain("name", "in").parameterFields()
        // Schema keywords written on the parameter itself get their own warning from the
        // operation reader, which says where they belong.
        .plain("type", "format", "enum", "items", "anyOf", "oneOf", "allOf", "properties");
    define(Kind.REQUEST_BODY).plain("description", "required").map("content", Kind.MEDIA_TYPE);
    define(Kind.MEDIA_TYPE).plain("example").one("schema", Kind.SCHEMA)
        .map("examples", Kind.EXAMPLE).map("encoding", Kind.ENCODING);
    define(Kind.ENCODING).plain("contentType", "style", "explode", "allowReserved")
        .map("headers", Kind.HEADER);
    define(Kind.RESPONSES).patterned(Kind.RESPONSE);
    define(Kind.RESPONSE).plain("description").map("headers", Kind.HEADER)
        .map("content", Kind.MEDIA_TYPE).map("links", Kind.LINK);
    define(Kind.CALLBACK).patterned(Kind.PATH_ITEM);
    define(Kind.EXAMPLE).plain("summary", "description", "value", "externalValue");
    define(Kind.LINK).plain("operationRef", "operationId", "parameters", "requestBody",
        "description").one("server", Kind.SERVER);
    define(Kind.HEADER).parameterFields();
    define(Kind.TAG).plain("name", "description").one("externalDocs", Kind.EXTERNAL_DOCS);
    define(Kind.REFERENCE).plain("$ref", "summary", "description");
    defineSchema();
    define(Kind.DISCRIMINATOR).plain("propertyName", "mapping");
    define(Kind.XML).plain("name", "namespace", "prefix", "attribute", "wrapped");
    define(Kind.SECURITY_SCHEME).plain("type", "description", "name", "in", "scheme",
        "bearerFormat", "openIdConnectUrl").one("flows", Kind.OAUTH_FLOWS);
    define(Kind.OAUTH_FLOWS).one("implicit", Kind.OAUTH_FLOW).one("password", Kind.OAUTH_FLOW)
        .one("clientCredentials", Kind.OAUTH_FLOW).one("authorizationCode", Kind.OAUTH_FLOW);
    define(Kind.OAUTH_FLOW).plain("authorizationUrl", "tokenUrl", "refreshUrl", "scopes");
  }

  /** A Schema: OpenAPI's own fields, then JSON Schema's core, applicator and validation words. */
  private static void defineSchema() {
    define(Kind.SCHEMA)
        .plain("nullable", "example") // OpenAPI 3.0
        .one("discriminator", Kind.DISCRIMINATOR).one("xml", Kind.XML)
        .one("externalDocs", Kind.EXTERNAL_DOCS)
        .plain("$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
            "$comment", "$recursiveRef", "$recursiveAnchor")
        .map("$defs", Kind.SCHEMA).map("definitions", Kind.SCHEMA)
        .list("allOf", Kind.SCHEMA).list("anyOf", Kind.SCHEMA).list("oneOf", Kind.SCHEMA)
        .one("not", Kind.SCHEMA).one("if", Kind.SCHEMA).one("then", Kind.SCHEMA)
        .one("else", Kind.SCHEMA).map("dependentSchemas", Kind.SCHEMA)
        .list("prefixItems", Kind.SCHEMA).oneOrList("items", Kind.SCHEMA)
        .oneOrList("additionalItems", Kind.SCHEMA).one("contains", Kind.SCHEMA)
        .map("properties", Kind.SCHEMA).map("patternProperties", Kind.SCHEMA)
        .one("additionalProperties", Kind.SCHEMA).one("propertyNames", Kind.SCHEMA)
        .one("unevaluatedItems", Kind.SCHEMA).one("unevaluatedProperties", Kind.SCHEMA)
        .plain("type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
            "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
            "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties",
            "required", "dependentRequired", "dependencies")
        .plain("title", "description", "default", "deprecated", "readOnly", "writeOnly",
            "examples", "format", "contentEncoding", "contentMediaType")
        .one("contentSchema", Kind.SCHEMA);
  }

  private SpecFieldTable() {}

  /** The fields of {@code kind}. */
  static ObjectFields fieldsOf(Kind kind) {
    return TABLE.get(kind);
  }

  private static Builder define(Kind kind) {
    return new Builder(kind);
  }

  /** Fills one kind's entry of the table as its fields are named. */
  private static final class Builder {
    private final Kind kind;
    private final Set<String> fields = new LinkedHashSet<>();
    private final Map<String, Child> children = new LinkedHashMap<>();

    Builder(Kind kind) {
      this.kind = kind;
      TABLE.put(kind, new ObjectFields(fields, children, Optional.empty()));
    }

    Builder plain(String... names) {
      fields.addAll(List.of(names));
      return this;
    }

    Builder one(String name, Kind kind) {
      return child(name, kind, Shape.ONE);
    }

    Builder oneOrList(String name, Kind kind) {
      return child(name, kind, Shape.ONE_OR_LIST);
    }

    Builder list(String name, Kind kind) {
      return child(name, kind, Shape.LIST);
    }

    Builder map(String name, Kind kind) {
      return child(name, kind, Shape.MAP);
    }

    /** The fields a Parameter shares with a Header. */
    Builder parameterFields() {
      return plain("description", "required", "deprecated", "allowEmptyValue", "style", "explode",
          "allowReserved", "example")
          .one("schema", Kind.SCHEMA).map("examples", Kind.EXAMPLE).map("content", Kind.MEDIA_TYPE);
    }

    private Builder child(String name, Kind kind, Shape shape) {
      fields.add(name);
      children.put(name, new Child(kind, shape));
      return this;
    }

    void patterned(Kind valueKind) {
      TABLE.put(kind, new ObjectFields(fields, children, Optional.of(valueKind)));
    }
  }
}
