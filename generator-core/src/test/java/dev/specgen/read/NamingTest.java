package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeRef;
import dev.specgen.naming.JavaNames;
import dev.specgen.naming.NameScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names: inline schemas are named from where they stand, the same way on every run and whatever
 * the order of the spec's maps; spec names become valid, idiomatic Java identifiers, with
 * keywords and {@code java.lang} names escaped and collisions resolved while wire names are kept.
 */
class NamingTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  // ---- JavaNames -----------------------------------------------------------------------------

  @Nested
  class Identifiers {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "_links, links",
        "private, private_",
        "class, class_",
        "default, default_",
        "record, record_",
        "var, var_",
        "0-1h, _01h",
        "24h+, _24h",
        "attachments[], attachments",
        "list-contact-conversations, listContactConversations",
        "Captain::Assistant, captainAssistant",
        "contact_id, contactId",
        "contactID, contactId",
        "HTTPServer, httpServer",
        "user.name, userName",
        "@type, type",
        "$ref, ref",
        "x-rate-limit, xRateLimit",
        "ALL_CAPS, allCaps",
        "hashCode, hashCode_",
        "builder, builder_",
        "getClass, getClass_",
        "café, cafe",
        "Straße_名前, strae",
        "'', value",
        "_, value",
        "++, value",
    })
    void memberNames(String spec, String java) {
      assertThat(JavaNames.memberName(spec)).isEqualTo(java);
      assertThat(SourceVersion.isName(java)).as("valid identifier %s", java).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "_links, Links",
        "list-contact-conversations, ListContactConversations",
        "Captain::Assistant, CaptainAssistant",
        "conversation_status, ConversationStatus",
        "BadRequestDTO, BadRequestDto",
        "0-1h, _01h",
        "String, StringModel",
        "Object, ObjectModel",
        "error, ErrorModel",
        "Builder, BuilderModel",
        "List, ListModel",
        "'', Unnamed",
        "class, ClassModel",
    })
    void typeNames(String spec, String java) {
      assertThat(JavaNames.typeName(spec)).isEqualTo(java);
      assertThat(SourceVersion.isName(java)).as("valid identifier %s", java).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Captain::Assistant, CAPTAIN_ASSISTANT",
        "0-1h, _0_1H",
        "24h+, _24H",
        "on, ON",
        "in-progress, IN_PROGRESS",
        "camelCase, CAMEL_CASE",
        "'', EMPTY",
        "!, EMPTY",
    })
    void constantNames(String spec, String java) {
      assertThat(JavaNames.constantName(spec)).isEqualTo(java);
      assertThat(SourceVersion.isName(java)).as("valid identifier %s", java).isTrue();
    }

    @Test
    void wordsSplitAtSeparatorsCaseChangesAndAcronyms() {
      assertThat(JavaNames.words("listContactConversations")).containsExactly("list", "Contact", "Conversations");
      assertThat(JavaNames.words("HTTPServer2Go")).containsExactly("HTTP", "Server2", "Go");
      assertThat(JavaNames.words("attachments[]")).containsExactly("attachments");
      assertThat(JavaNames.words("--")).isEmpty();
    }

    @Test
    void wordsDropAccentsAndLeaveOutOtherNonAsciiLetters() {
      assertThat(JavaNames.words("Café au lait")).containsExactly("Cafe", "au", "lait");
      assertThat(JavaNames.words("naïveÜber")).containsExactly("naive", "Uber");
      assertThat(JavaNames.words("größe_Maß")).containsExactly("groe", "Ma");
    }

    @Test
    void singulars() {
      assertThat(JavaNames.singular("messages")).isEqualTo("message");
      assertThat(JavaNames.singular("categories")).isEqualTo("category");
      assertThat(JavaNames.singular("addresses")).isEqualTo("address");
      assertThat(JavaNames.singular("boxes")).isEqualTo("box");
      assertThat(JavaNames.singular("status")).isEqualTo("statu"); // crude, but only used for item names
      assertThat(JavaNames.singular("class")).isEqualTo("class");
      assertThat(JavaNames.singular("data")).isEqualTo("data");
    }

    @Test
    void nameScopesHandOutTheLowestFreeSuffixIgnoringCase() {
      NameScope scope = new NameScope();
      scope.reserve("options");
      assertThat(scope.allocate("Conversation")).isEqualTo("Conversation");
      assertThat(scope.allocate("conversation")).isEqualTo("conversation2");
      assertThat(scope.allocate("Conversation")).isEqualTo("Conversation3");
      assertThat(scope.allocate("Options")).isEqualTo("Options2");
      assertThat(scope.isTaken("CONVERSATION2")).isTrue();
      NameScope constants = new NameScope("_");
      assertThat(constants.allocate("NO")).isEqualTo("NO");
      assertThat(constants.allocate("NO")).isEqualTo("NO_2");
    }
  }

  // ---- names in the model --------------------------------------------------------------------

  private static final String FRONT_LIKE = """
      openapi: 3.1.0
      info: {title: Front API, version: '1'}
      paths:
        /contacts/{contact_id}/conversations:
          get:
            operationId: list-contact-conversations
            parameters:
              - {name: contact_id, in: path, required: true, schema: {type: string}}
              - {name: class, in: query, schema: {type: string}}
              - {name: Class, in: header, schema: {type: string}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        _results:
                          type: array
                          items: {$ref: '#/components/schemas/Conversation'}
              '201':
                description: created
                content:
                  application/json:
                    schema: {type: object, properties: {id: {type: string}}}
        /contacts:
          get:
            operationId: listContacts
            responses: {'200': {description: ok}}
          post:
            operationId: list-contacts
            responses: {'200': {description: ok}}
      components:
        schemas:
          Conversation:
            type: object
            properties:
              _links:
                type: object
                properties:
                  self: {type: string}
              private: {type: boolean}
              0-1h: {type: integer}
              24h+: {type: integer}
              attachments[]: {type: array, items: {type: string}}
              contact_id: {type: string}
              contactId: {type: string}
              messages:
                type: array
                items:
                  type: object
                  properties:
                    kind: {type: string, enum: [Captain::Assistant, no, NO, '0-1h']}
          conversation: {type: object, properties: {x: {type: string}}}
          String: {type: object, properties: {s: {type: string}}}
      """;

  @Test
  void inlineSchemasAreNamedAfterWhereTheyStand() {
    ApiModel model = specs.model("front.yaml", FRONT_LIKE);
    assertThat(model.typesByName().keySet()).containsExactly(
        "Conversation", "Conversation2", "ConversationLinks", "ConversationMessage",
        "ConversationMessageKind", "ListContactConversationsResponse",
        "ListContactConversationsResponse201", "StringModel");
    Operation list = SpecFixture.operation(model, "list-contact-conversations");
    assertThat(list.successType()).contains(new TypeRef.Named("ListContactConversationsResponse"));
    ObjectType conversation = SpecFixture.type(model, "Conversation", ObjectType.class);
    assertThat(conversation.property("_links").orElseThrow().type()).isEqualTo(new TypeRef.Named("ConversationLinks"));
    assertThat(conversation.property("messages").orElseThrow().type())
        .isEqualTo(new TypeRef.ArrayOf(new TypeRef.Named("ConversationMessage")));
    // 'conversation' clashes with 'Conversation' on a case-insensitive file system
    assertThat(SpecFixture.type(model, "Conversation2", ObjectType.class).origin().pointer())
        .isEqualTo("/components/schemas/conversation");
  }

  @Test
  void propertyNamesAreIdiomaticAndCollisionsKeepTheirWireNames() {
    ApiModel model = specs.model("front.yaml", FRONT_LIKE);
    assertThat(SpecFixture.type(model, "Conversation", ObjectType.class).properties())
        .extracting(Property::wireName, Property::javaName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("_links", "links"),
            org.assertj.core.groups.Tuple.tuple("private", "private_"),
            org.assertj.core.groups.Tuple.tuple("0-1h", "_01h"),
            org.assertj.core.groups.Tuple.tuple("24h+", "_24h"),
            org.assertj.core.groups.Tuple.tuple("attachments[]", "attachments"),
            org.assertj.core.groups.Tuple.tuple("contact_id", "contactId"),
            org.assertj.core.groups.Tuple.tuple("contactId", "contactId2"),
            org.assertj.core.groups.Tuple.tuple("messages", "messages"));
  }

  @Test
  void enumConstantNamesAreValidAndUnique() {
    ApiModel model = specs.model("front.yaml", FRONT_LIKE);
    assertThat(SpecFixture.type(model, "ConversationMessageKind", EnumType.class).constants())
        .extracting(EnumConstant::javaName, EnumConstant::wireValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CAPTAIN_ASSISTANT", "Captain::Assistant"),
            org.assertj.core.groups.Tuple.tuple("NO", "no"),
            org.assertj.core.groups.Tuple.tuple("NO_2", "NO"),
            org.assertj.core.groups.Tuple.tuple("_0_1H", "0-1h"));
  }

  @Test
  void operationAndParameterNames() {
    ApiModel model = specs.model("front.yaml", FRONT_LIKE);
    assertThat(model.operations()).extracting(Operation::operationId, Operation::javaName).containsExactly(
        org.assertj.core.groups.Tuple.tuple("listContacts", "listContacts"),
        org.assertj.core.groups.Tuple.tuple("list-contacts", "listContacts2"),
        org.assertj.core.groups.Tuple.tuple("list-contact-conversations", "listContactConversations"));
    assertThat(SpecFixture.operation(model, "list-contact-conversations").parameters())
        .extracting(Parameter::name, Parameter::javaName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contact_id", "contactId"),
            org.assertj.core.groups.Tuple.tuple("class", "class_"),
            org.assertj.core.groups.Tuple.tuple("Class", "class_2"));
  }

  @Test
  void everyNameInTheModelIsAValidJavaIdentifier() {
    ApiModel model = specs.model("front.yaml", FRONT_LIKE);
    List<String> names = new ArrayList<>();
    model.operations().forEach(o -> {
      names.add(o.javaName());
      o.parameters().forEach(p -> names.add(p.javaName()));
    });
    for (TypeDef type : model.types()) {
      names.add(type.name());
      if (type instanceof ObjectType object) {
        object.properties().forEach(p -> names.add(p.javaName()));
      } else if (type instanceof EnumType enumType) {
        enumType.constants().forEach(c -> names.add(c.javaName()));
      } else if (type instanceof UnionType union) {
        union.variants().forEach(v -> names.add(v.javaName()));
      }
    }
    assertThat(names).allMatch(SourceVersion::isName, "a valid Java identifier and not a keyword");
  }

  @Test
  void chatwootNamesThroughTheModel() {
    ApiModel chatwoot = SpecLoader.load(RealSpecsTest.realSpecs().resolve("chatwoot/swagger.json")).model().orElseThrow();
    ObjectType message = SpecFixture.type(chatwoot, "Message", ObjectType.class);
    assertThat(message.property("private").orElseThrow().javaName()).isEqualTo("private_");
    TypeRef senderType = message.property("sender_type").orElseThrow().type();
    EnumType senderTypes = SpecFixture.type(chatwoot, ((TypeRef.Named) senderType).name(), EnumType.class);
    assertThat(senderTypes.constants()).extracting(EnumConstant::javaName, EnumConstant::wireValue)
        .contains(org.assertj.core.groups.Tuple.tuple("CAPTAIN_ASSISTANT", "Captain::Assistant"));
    // first_response_time_distribution maps a channel to buckets named 0-1h ... 24h+
    ObjectType buckets = chatwoot.types().stream()
        .filter(t -> t instanceof ObjectType o && o.property("0-1h").isPresent())
        .map(ObjectType.class::cast).findFirst().orElseThrow();
    assertThat(buckets.name()).isEqualTo("FirstResponseTimeDistributionValue");
    assertThat(buckets.property("0-1h").orElseThrow().javaName()).isEqualTo("_01h");
    assertThat(buckets.property("24h+").orElseThrow().javaName()).isEqualTo("_24h");
    ObjectType withAttachments = chatwoot.types().stream()
        .filter(t -> t instanceof ObjectType o && o.property("attachments[]").isPresent())
        .map(ObjectType.class::cast).findFirst().orElseThrow();
    assertThat(withAttachments.property("attachments[]").orElseThrow().javaName()).isEqualTo("attachments");
    assertThat(withAttachments.name()).isEqualTo("CreateANewMessageInAConversationRequestBody");
  }

  // ---- stability -----------------------------------------------------------------------------

  /** Names and structure of the model, leaving out source positions. */
  private static String shape(ApiModel model) {
    StringBuilder out = new StringBuilder();
    for (TypeDef type : model.types()) {
      out.append(type.name()).append(':');
      if (type instanceof ObjectType object) {
        out.append(object.properties().stream()
            .map(p -> p.wireName() + "=" + p.javaName() + "/" + p.type() + (p.required() ? "!" : ""))
            .sorted().collect(Collectors.joining(",")));
      } else if (type instanceof EnumType enumType) {
        out.append(enumType.constants());
      } else if (type instanceof UnionType union) {
        out.append(union.variants());
      }
      out.append('\n');
    }
    for (Operation operation : model.operations()) {
      out.append(operation.method()).append(' ').append(operation.path()).append(' ')
          .append(operation.javaName()).append(' ').append(operation.parameters().stream()
              .map(p -> p.name() + "=" + p.javaName() + "/" + p.type()).toList())
          .append(operation.responses().stream()
              .map(r -> r.status() + "=" + r.content()).sorted().toList())
          .append('\n');
    }
    return out.toString();
  }

  @Test
  void loadingTwiceGivesTheSameModel() {
    specs.write("front.yaml", FRONT_LIKE);
    ApiModel first = specs.model(specs.load("front.yaml"));
    ApiModel second = specs.model(specs.load("front.yaml"));
    assertThat(second).isEqualTo(first);
    assertThat(shape(second)).isEqualTo(shape(first));
  }

  @Test
  void namesDoNotDependOnTheOrderOfTheSpecsMaps() {
    ApiModel original = specs.model("front.yaml", FRONT_LIKE);
    ApiModel reordered = specs.model("reordered.yaml", """
        components:
          schemas:
            String: {type: object, properties: {s: {type: string}}}
            conversation: {type: object, properties: {x: {type: string}}}
            Conversation:
              type: object
              properties:
                _links:
                  type: object
                  properties:
                    self: {type: string}
                private: {type: boolean}
                0-1h: {type: integer}
                24h+: {type: integer}
                attachments[]: {type: array, items: {type: string}}
                contact_id: {type: string}
                contactId: {type: string}
                messages:
                  type: array
                  items:
                    type: object
                    properties:
                      kind: {type: string, enum: [Captain::Assistant, no, NO, '0-1h']}
        paths:
          /contacts:
            post:
              operationId: list-contacts
              responses: {'200': {description: ok}}
            get:
              operationId: listContacts
              responses: {'200': {description: ok}}
          /contacts/{contact_id}/conversations:
            get:
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}}}
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          _results:
                            type: array
                            items: {$ref: '#/components/schemas/Conversation'}
              parameters:
                - {name: contact_id, in: path, required: true, schema: {type: string}}
                - {name: class, in: query, schema: {type: string}}
                - {name: Class, in: header, schema: {type: string}}
              operationId: list-contact-conversations
        info: {version: '1', title: Front API}
        openapi: 3.1.0
        """);
    assertThat(shape(reordered)).isEqualTo(shape(original));
  }
}
