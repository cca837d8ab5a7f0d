package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.HttpMethod;
import dev.specgen.ir.JsonValue;
import dev.specgen.ir.MediaType;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Pagination;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Parameter.ParameterLocation;
import dev.specgen.ir.Parameter.ParameterStyle;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.Response;
import dev.specgen.ir.SecurityRequirement;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.SecurityScheme.ApiKeyLocation;
import dev.specgen.ir.SecurityScheme.Kind;
import dev.specgen.ir.Server;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumKind;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeDef.UnionVariant;
import dev.specgen.ir.TypeRef;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The API model read from {@code loader/shapes.yaml}: servers, security, operations and types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IrShapeTest {

  ApiModel model;
  LoadResult result;

  static Path resource(String name) {
    try {
      return Path.of(IrShapeTest.class.getResource("/loader/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  void load() {
    result = SpecLoader.load(resource("shapes.yaml"));
    assertThat(result.diagnostics().all()).extracting(d -> d.message()).containsExactly(
        "schema 'Error' is generated as `ErrorModel`: `Error` is a JDK class or a name the generated code uses"
            + "; used by operation list-contact-conversations");
    model = result.model().orElseThrow();
  }

  private static TypeRef primitive(PrimitiveType kind) {
    return TypeRef.primitive(kind);
  }

  private static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  private Operation operation(String id) {
    return SpecFixture.operation(model, id);
  }

  private static Parameter parameter(Operation operation, String name) {
    return operation.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private <T extends TypeDef> T type(String name, Class<T> kind) {
    return SpecFixture.type(model, name, kind);
  }

  private Property property(String type, String name) {
    return type(type, ObjectType.class).property(name).orElseThrow();
  }

  // ---- the document --------------------------------------------------------------------------

  @Test
  void info() {
    assertThat(model.title()).isEqualTo("Shapes REST API");
    assertThat(model.version()).isEqualTo("2.0.0");
    assertThat(model.description()).isEqualTo("Every shape the reader turns into the API model.");
    assertThat(model.apiName()).isEqualTo("Shapes");
    assertThat(model.sourceFile()).isEqualTo(resource("shapes.yaml"));
  }

  @Test
  void serversWithVariablesAndDefaults() {
    assertThat(model.servers()).hasSize(2);
    Server regional = model.servers().get(0);
    assertThat(regional.url()).isEqualTo("https://{region}.api.example.com/{basePath}");
    assertThat(regional.description()).isEqualTo("Regional");
    assertThat(regional.variables()).containsExactly(
        new Server.ServerVariable("region", "eu", List.of("eu", "us"), "Where the data lives"),
        new Server.ServerVariable("basePath", "v2", List.of(), ""));
    assertThat(regional.defaultUrl()).isEqualTo("https://eu.api.example.com/v2");
    assertThat(model.servers().get(1).defaultUrl()).isEqualTo("https://sandbox.example.com");
  }

  @Test
  void securitySchemes() {
    assertThat(model.securitySchemes()).containsExactly(
        new SecurityScheme("bearerAuth", Kind.BEARER, null, "", "A token."),
        new SecurityScheme("basicAuth", Kind.BASIC, null, "", ""),
        new SecurityScheme("apiKeyHeader", Kind.API_KEY, ApiKeyLocation.HEADER, "api_access_token", ""),
        new SecurityScheme("apiKeyQuery", Kind.API_KEY, ApiKeyLocation.QUERY, "key", ""),
        new SecurityScheme("apiKeyCookie", Kind.API_KEY, ApiKeyLocation.COOKIE, "sid", ""),
        new SecurityScheme("oauth", Kind.BEARER, null, "", ""));
  }

  // ---- operations ----------------------------------------------------------------------------

  @Test
  void operationsAreSortedByPathThenMethod() {
    assertThat(model.operations()).extracting(o -> o.method() + " " + o.path()).containsExactly(
        "GET /all",
        "GET /contacts/{contact_id}/conversations",
        "POST /conversations",
        "GET /conversations/{id}",
        "GET /events",
        "GET /pages",
        "GET /search");
  }

  @Test
  void operationFields() {
    Operation list = operation("list-contact-conversations");
    assertThat(list.javaName()).isEqualTo("listContactConversations");
    assertThat(list.method()).isEqualTo(HttpMethod.GET);
    assertThat(list.path()).isEqualTo("/contacts/{contact_id}/conversations");
    assertThat(list.summary()).isEqualTo("List contact conversations");
    assertThat(list.description()).isEqualTo("Newest first.");
    assertThat(list.tags()).containsExactly("Contacts", "Conversations");
    assertThat(list.deprecated()).isTrue();
    assertThat(list.origin().pointer()).isEqualTo("/paths/~1contacts~1{contact_id}~1conversations/get");
    Operation create = operation("createConversation");
    assertThat(create.summary()).isEmpty();
    assertThat(create.tags()).isEmpty();
    assertThat(create.deprecated()).isFalse();
  }

  @Test
  void scopesAndSecurityRequirements() {
    Operation list = operation("list-contact-conversations");
    assertThat(list.requiredScopes()).containsExactly("conversations:read");
    assertThat(list.security()).containsExactly(new SecurityRequirement(Map.of("bearerAuth", List.of())));

    Operation create = operation("createConversation");
    assertThat(create.security()).extracting(SecurityRequirement::schemes).containsExactly(
        Map.of("apiKeyHeader", List.of(), "apiKeyQuery", List.of()),
        Map.of("oauth", List.of("conversations:write")));
    assertThat(create.requiredScopes()).containsExactly("conversations:write");

    Operation get = operation("getConversation");
    assertThat(get.security()).isEmpty();
    assertThat(get.requiredScopes()).isEmpty();
  }

  @Test
  void parametersOfThePathItemComeFirst() {
    assertThat(operation("list-contact-conversations").parameters()).extracting(Parameter::name)
        .containsExactly("contact_id", "q", "limit", "ids", "Version", "session");
  }

  @Test
  void parameterDetails() {
    Operation list = operation("list-contact-conversations");
    Parameter contactId = parameter(list, "contact_id");
    assertThat(contactId.javaName()).isEqualTo("contactId");
    assertThat(contactId.location()).isEqualTo(ParameterLocation.PATH);
    assertThat(contactId.style()).isEqualTo(ParameterStyle.SIMPLE);
    assertThat(contactId.explode()).isFalse();
    assertThat(contactId.required()).isTrue();
    assertThat(contactId.description()).isEqualTo("The contact.");
    assertThat(contactId.example()).contains(new JsonValue("crd_123"));
    assertThat(contactId.isCallerSupplied()).isTrue();

    Parameter q = parameter(list, "q");
    assertThat(q.style()).isEqualTo(ParameterStyle.DEEP_OBJECT);
    assertThat(q.explode()).isTrue();
    assertThat(q.required()).isFalse();
    assertThat(q.type()).isEqualTo(named("ListContactConversationsQ"));

    Parameter limit = parameter(list, "limit");
    assertThat(limit.style()).isEqualTo(ParameterStyle.FORM);
    assertThat(limit.explode()).isTrue(); // form explodes unless told otherwise
    assertThat(limit.type()).isEqualTo(primitive(PrimitiveType.INT32));
    assertThat(limit.example()).contains(new JsonValue(BigInteger.TEN));
    assertThat(limit.defaultValue()).contains(new JsonValue(BigInteger.valueOf(25)));

    Parameter ids = parameter(list, "ids");
    assertThat(ids.explode()).isFalse();
    assertThat(ids.type()).isEqualTo(new TypeRef.ArrayOf(primitive(PrimitiveType.STRING)));

    Parameter session = parameter(list, "session");
    assertThat(session.location()).isEqualTo(ParameterLocation.COOKIE);
    assertThat(session.style()).isEqualTo(ParameterStyle.FORM);

    Parameter id = parameter(operation("getConversation"), "id");
    assertThat(id.style()).isEqualTo(ParameterStyle.LABEL);
    assertThat(id.type()).isEqualTo(primitive(PrimitiveType.UUID));
  }

  @Test
  void constantParameter() {
    Parameter version = parameter(operation("list-contact-conversations"), "Version");
    assertThat(version.location()).isEqualTo(ParameterLocation.HEADER);
    assertThat(version.required()).isTrue();
    assertThat(version.constantValue()).contains("2021-04-15");
    assertThat(version.isCallerSupplied()).isFalse();
    assertThat(version.javaName()).isEqualTo("version");
    assertThat(version.type()).isEqualTo(named("ListContactConversationsVersion"));
  }

  @Test
  void requestBody() {
    var body = operation("createConversation").requestBody().orElseThrow();
    assertThat(body.required()).isTrue();
    assertThat(body.description()).isEqualTo("The new conversation.");
    assertThat(body.content()).containsExactly(
        new MediaType("application/json", named("NewConversation"), Optional.empty()));
    assertThat(operation("list-contact-conversations").requestBody()).isEmpty();
  }

  @Test
  void responsesWithHeadersExamplesAndADefault() {
    Operation list = operation("list-contact-conversations");
    assertThat(list.responses()).extracting(Response::status).containsExactly("200", "default");
    Response ok = list.responses().get(0);
    assertThat(ok.isSuccess()).isTrue();
    assertThat(ok.description()).isEqualTo("A page of conversations.");
    assertThat(ok.headers()).containsExactly(
        new Response.Header("X-Rate-Limit", primitive(PrimitiveType.INT32), "Calls left"));
    MediaType json = ok.content().get(0);
    assertThat(json.mediaType()).isEqualTo("application/json");
    assertThat(json.type()).isEqualTo(named("ListContactConversationsResponse"));
    assertThat(json.example().orElseThrow().toJson()).isEqualTo("{\"_results\":[],\"_pagination\":{\"next\":null}}");

    Response error = list.responses().get(1);
    assertThat(error.isDefault()).isTrue();
    assertThat(error.isSuccess()).isFalse();
    assertThat(list.errorResponses()).containsExactly(error);
    assertThat(error.content().get(0).type()).isEqualTo(named("ErrorModel")); // not java.lang.Error
    assertThat(list.successType()).contains(named("ListContactConversationsResponse"));

    Response empty = operation("search").responses().get(1);
    assertThat(empty.status()).isEqualTo("204");
    assertThat(empty.content()).isEmpty();
    assertThat(operation("search").successType()).contains(named("SearchResponse"));
  }

  @Test
  void paginationOfEveryStyle() {
    assertThat(operation("list-contact-conversations").pagination())
        .isEqualTo(new Pagination.NextUrl(List.of("_results"), List.of("_pagination", "next")));
    assertThat(operation("listEvents").pagination())
        .isEqualTo(new Pagination.Cursor(List.of("data"), List.of("meta", "next_cursor"), "after"));
    assertThat(operation("search").pagination()).isEqualTo(
        new Pagination.Keyset(List.of("conversations"), "startAfter", List.of("sort"), Optional.of("limit")));
    assertThat(operation("listPages").pagination())
        .isEqualTo(new Pagination.PageNumber(List.of(), "page", Optional.of("per_page"), 0));
    assertThat(operation("listAll").pagination()).isEqualTo(Pagination.none());
    assertThat(operation("getConversation").pagination()).isEqualTo(Pagination.none());
  }

  // ---- types ---------------------------------------------------------------------------------

  @Test
  void namedTypesAreSortedByName() {
    assertThat(model.typesByName().keySet()).containsExactly(
        "AnyValue", "CommentEvent", "Conversation", "ConversationBase", "ConversationLinks",
        "ConversationStatus", "ErrorModel", "Event", "ListContactConversationsQ",
        "ListContactConversationsResponse", "ListContactConversationsResponsePagination",
        "ListContactConversationsVersion", "ListEventsResponse", "ListEventsResponseMeta", "MessageEvent", "NewConversation", "Priority",
        "SearchHit", "SearchResponse", "Teammate");
  }

  @Test
  void objectType() {
    ObjectType conversation = type("Conversation", ObjectType.class);
    assertThat(conversation.description()).isEqualTo("Conversation\n\nA thread of messages."); // title + description
    assertThat(conversation.properties()).extracting(Property::wireName).startsWith("id", "status", "priority", "_links");
    assertThat(conversation.origin().pointer()).isEqualTo("/components/schemas/Conversation");
    Property id = property("Conversation", "id");
    assertThat(id.required()).isTrue();
    assertThat(id.readOnly()).isTrue();
    assertThat(id.nullable()).isFalse();
    assertThat(property("Conversation", "tags").required()).isFalse();
    assertThat(property("Conversation", "secret").writeOnly()).isTrue();
    assertThat(property("Conversation", "archived").defaultValue()).contains(new JsonValue(Boolean.FALSE));
    assertThat(property("Conversation", "_links").javaName()).isEqualTo("links");
    assertThat(property("Conversation", "_links").type()).isEqualTo(named("ConversationLinks"));
    assertThat(property("ConversationLinks", "self").type()).isEqualTo(primitive(PrimitiveType.STRING));
  }

  @Test
  void enums() {
    EnumType status = type("ConversationStatus", EnumType.class);
    assertThat(status.kind()).isEqualTo(EnumKind.STRING);
    assertThat(status.description()).isEqualTo("Where a conversation stands.");
    assertThat(status.constants()).containsExactly(
        new EnumConstant("ASSIGNED", "assigned", ""),
        new EnumConstant("UNASSIGNED", "unassigned", ""),
        new EnumConstant("ARCHIVED", "archived", ""),
        new EnumConstant("TRASHED", "trashed", ""));
    EnumType priority = type("Priority", EnumType.class);
    assertThat(priority.kind()).isEqualTo(EnumKind.INTEGER);
    assertThat(priority.constants()).extracting(EnumConstant::javaName)
        .containsExactly("VALUE_1", "VALUE_2", "VALUE_3");
    assertThat(property("Conversation", "status").type()).isEqualTo(named("ConversationStatus"));
    assertThat(property("ListContactConversationsQ", "statuses").type())
        .isEqualTo(new TypeRef.ArrayOf(named("ConversationStatus")));
  }

  @Test
  void arraysMapsAndFreeForm() {
    assertThat(property("Conversation", "tags").type()).isEqualTo(new TypeRef.ArrayOf(primitive(PrimitiveType.STRING)));
    assertThat(property("Conversation", "metadata").type()).isEqualTo(new TypeRef.MapOf(primitive(PrimitiveType.STRING)));
    assertThat(property("Conversation", "custom").type()).isEqualTo(new TypeRef.MapOf(TypeRef.any()));
    assertThat(property("Conversation", "anything").type()).isEqualTo(TypeRef.any());
    assertThat(operation("listPages").successType()).contains(new TypeRef.ArrayOf(primitive(PrimitiveType.STRING)));
  }

  @Test
  void primitiveFormats() {
    assertThat(property("Conversation", "created_at").type()).isEqualTo(primitive(PrimitiveType.DOUBLE));
    assertThat(property("Conversation", "score").type()).isEqualTo(primitive(PrimitiveType.DECIMAL));
    assertThat(property("Conversation", "ratio").type()).isEqualTo(primitive(PrimitiveType.FLOAT));
    assertThat(property("Conversation", "count").type()).isEqualTo(primitive(PrimitiveType.INT64));
    assertThat(property("Conversation", "small").type()).isEqualTo(primitive(PrimitiveType.INT32));
    assertThat(property("Conversation", "day").type()).isEqualTo(primitive(PrimitiveType.DATE));
    assertThat(property("Conversation", "updated_at").type()).isEqualTo(primitive(PrimitiveType.DATE_TIME));
    assertThat(property("Conversation", "uid").type()).isEqualTo(primitive(PrimitiveType.UUID));
    assertThat(property("Conversation", "avatar").type()).isEqualTo(primitive(PrimitiveType.BYTES));
    assertThat(property("Conversation", "file").type()).isEqualTo(primitive(PrimitiveType.BYTES));
    assertThat(property("Conversation", "archived").type()).isEqualTo(primitive(PrimitiveType.BOOLEAN));
    assertThat(property("Teammate", "email").type()).isEqualTo(primitive(PrimitiveType.STRING));
  }

  @Test
  void unionWithDiscriminatorMapping() {
    UnionType event = type("Event", UnionType.class);
    assertThat(event.variants()).containsExactly(
        new UnionVariant("MessageEvent", named("MessageEvent"), List.of("message")),
        new UnionVariant("CommentEvent", named("CommentEvent"), List.of("note")));
    TypeDef.Discriminator discriminator = event.discriminator().orElseThrow();
    assertThat(discriminator.propertyName()).isEqualTo("type");
    assertThat(discriminator.mapping()).containsExactly(
        Map.entry("message", "MessageEvent"), Map.entry("note", "CommentEvent"));
    assertThat(property("Conversation", "last_event").type()).isEqualTo(named("Event"));
  }

  @Test
  void unionWithoutDiscriminator() {
    UnionType value = type("AnyValue", UnionType.class);
    assertThat(value.discriminator()).isEmpty();
    assertThat(value.variants()).containsExactly(
        new UnionVariant("StringValue", primitive(PrimitiveType.STRING), List.of()),
        new UnionVariant("Int32Value", primitive(PrimitiveType.INT32), List.of()));
  }

  @Test
  void allOfMergesPropertiesAndRequiredFromEveryPart() {
    ObjectType created = type("NewConversation", ObjectType.class);
    assertThat(created.properties()).extracting(Property::wireName)
        .containsExactly("inbox_id", "priority", "subject", "body");
    assertThat(created.properties()).extracting(Property::required).containsExactly(true, false, true, false);
    assertThat(created.property("priority").orElseThrow().type()).isEqualTo(named("Priority"));
  }

  @Test
  void allOfOfOneReferenceWithSiblingsIsThatType() {
    Property owner = property("Conversation", "owner");
    assertThat(owner.type()).isEqualTo(named("Teammate"));
    assertThat(owner.description()).isEqualTo("Who owns it.");
  }

  @Test
  void nullableForms31() {
    Property assignee = property("Conversation", "assignee");
    assertThat(assignee.type()).isEqualTo(named("Teammate"));
    assertThat(assignee.nullable()).isTrue();
    Property nickname = property("Conversation", "nickname");
    assertThat(nickname.type()).isEqualTo(primitive(PrimitiveType.STRING));
    assertThat(nickname.nullable()).isTrue();
    assertThat(nickname.deprecated()).isTrue();
    assertThat(property("ListContactConversationsResponsePagination", "next").nullable()).isTrue();
    assertThat(property("Conversation", "status").nullable()).isFalse();
  }

  @Nested
  class OpenApi30 {

    @TempDir Path dir;

    @Test
    void nullableKeywordAndScopesOfOAuth() {
      SpecFixture specs = new SpecFixture(dir);
      ApiModel model30 = specs.model("spec30.yaml", """
          openapi: 3.0.3
          info: {title: Thirty, version: '1'}
          paths:
            /a:
              get:
                operationId: getA
                security: [{oauth: [read, write]}]
                responses:
                  '200':
                    description: ok
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
          components:
            securitySchemes:
              oauth: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://x/a', scopes: {read: r, write: w}}}}
              oidc: {type: openIdConnect, openIdConnectUrl: 'https://x/.well-known'}
            schemas:
              Thing:
                type: object
                properties:
                  name: {type: string, nullable: true}
                  status: {type: string, enum: [open, closed], nullable: true}
                  other: {type: string}
          """);
      ObjectType thing = SpecFixture.type(model30, "Thing", ObjectType.class);
      assertThat(thing.property("name").orElseThrow().nullable()).isTrue();
      assertThat(thing.property("status").orElseThrow().nullable()).isTrue();
      assertThat(thing.property("status").orElseThrow().type()).isEqualTo(named("ThingStatus"));
      assertThat(thing.property("other").orElseThrow().nullable()).isFalse();
      assertThat(SpecFixture.operation(model30, "getA").requiredScopes()).containsExactly("read", "write");
      assertThat(model30.securitySchemes()).extracting(SecurityScheme::kind).containsExactly(Kind.BEARER, Kind.BEARER);
    }
  }
}
