package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Response;
import dev.specgen.ir.SecurityScheme;
import dev.specgen.ir.TypeDef;
import dev.specgen.ir.TypeRef;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The providers' published specs in {@code ../shared/real-specs}: Chatwoot's loads cleanly, and
 * HighLevel's (which is not valid OpenAPI) loads with located warnings for its known invalid parts.
 */
class RealSpecsTest {

  /** {@code <repo>/../shared/real-specs}; the test is skipped when it is absent. */
  static Path realSpecs() {
    return SpecgenTestKit.realSpecs();
  }

  private static List<String> formatted(List<Diagnostic> diagnostics, Path dir) {
    return diagnostics.stream().map(d -> d.format().replace(dir + "/", "")).toList();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Chatwoot {

    LoadResult result;
    ApiModel model;

    @BeforeAll
    void load() {
      result = SpecLoader.load(realSpecs().resolve("chatwoot/swagger.json"));
      model = result.model().orElse(null);
    }

    @Test
    void loadsWithoutErrors() {
      assertThat(result.diagnostics().errors()).isEmpty();
      assertThat(result.succeeded()).isTrue();
      assertThat(model.operations()).hasSize(147);
      assertThat(result.files()).hasSize(1);
    }

    @Test
    void warningsAreLocated() {
      assertThat(formatted(result.diagnostics().warnings(), realSpecs())).contains(
          "chatwoot/swagger.json:9882:15: warning: enum value draft is not an integer; the enum is read as a "
              + "string enum; used by operation add-new-article-to-account "
              + "(at /components/schemas/article/properties/status/enum/0)",
          "chatwoot/swagger.json:10174:21: warning: several types [integer, string] are read as any JSON value; "
              + "used by operations create-a-new-message-in-a-conversation and list-all-messages "
              + "(at /components/schemas/message/properties/updated_at/type)");
    }

    @Test
    void typeUnionsWithNullAreNullable() {
      var snoozedUntil = SpecFixture.type(model, "Conversation", TypeDef.ObjectType.class)
          .property("snoozed_until").orElseThrow();
      assertThat(snoozedUntil.nullable()).isTrue();
      assertThat(snoozedUntil.type()).isEqualTo(TypeRef.primitive(dev.specgen.ir.PrimitiveType.DECIMAL));
      var displayName = SpecFixture.type(model, "User", TypeDef.ObjectType.class)
          .property("display_name").orElseThrow();
      assertThat(displayName.nullable()).isTrue();
      assertThat(displayName.type()).isEqualTo(TypeRef.primitive(dev.specgen.ir.PrimitiveType.STRING));
    }

    @Test
    void operationNamesAreUniqueJavaIdentifiers() {
      List<String> names = model.operations().stream().map(Operation::javaName).toList();
      assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z][A-Za-z0-9_]*"));
      assertThat(model.types()).extracting(TypeDef::name).allMatch(n -> n.matches("[A-Z][A-Za-z0-9_]*"));
    }

    @Test
    void threeApiKeySchemesInTheSameHeader() {
      assertThat(model.securitySchemes()).extracting(SecurityScheme::kind)
          .containsOnly(SecurityScheme.Kind.API_KEY);
      assertThat(model.securitySchemes()).extracting(SecurityScheme::parameterName)
          .containsOnly("api_access_token");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class HighLevelConversations {

    LoadResult result;
    ApiModel model;
    List<String> warnings;

    @BeforeAll
    void load() {
      Path highlevel = realSpecs().resolve("highlevel");
      result = new SpecLoader(LoadOptions.defaults().withRefRoot(highlevel))
          .loadFile(highlevel.resolve("apps/conversations.json"));
      model = result.model().orElse(null);
      warnings = formatted(result.diagnostics().warnings(), highlevel);
    }

    @Test
    void loadsWithWarningsButNoErrors() {
      assertThat(formatted(result.diagnostics().errors(), realSpecs())).isEmpty();
      assertThat(model.operations()).hasSize(29);
      assertThat(result.files()).extracting(p -> p.getFileName().toString())
          .containsExactly("conversations.json", "common-schemas.json");
    }

    @Test
    void typeAnyIsAWarningAndAnyJsonValue() {
      assertThat(warnings).contains("apps/conversations.json:111:23: warning: unknown type 'any' (expected "
          + "object, array, string, integer, number, boolean or null); read as any JSON value "
          + "(at /paths/~1conversations~1search/get/parameters/8/schema/type)");
      Parameter startAfterDate = parameter("search-conversation", "startAfterDate");
      assertThat(startAfterDate.type()).isEqualTo(TypeRef.any());
    }

    @Test
    void parameterLevelAnyOfIsAWarning() {
      assertThat(warnings).contains("apps/conversations.json:101:13: warning: 'anyOf' is not a parameter field "
          + "(schema keywords belong under 'schema'); it is ignored "
          + "(at /paths/~1conversations~1search/get/parameters/8/anyOf)");
    }

    @Test
    void bearerSchemesWithScopeListsAreWarnings() {
      assertThat(warnings).contains(
          "apps/conversations.json:348:13: warning: scheme 'bearer' is of type http, which takes no scopes in "
              + "OpenAPI 3.0; the scopes are kept as documentation "
              + "(at /paths/~1conversations~1search/get/security/0/bearer)",
          "apps/conversations.json:2574:9: warning: 'name' is not a field of an http security scheme; it is "
              + "ignored (at /components/securitySchemes/bearer/name)");
      assertThat(model.securityScheme("bearer").orElseThrow().kind()).isEqualTo(SecurityScheme.Kind.BEARER);
      Operation search = operation("search-conversation");
      assertThat(search.javaName()).isEqualTo("searchConversation");
      assertThat(search.requiredScopes()).containsExactly("conversations.readonly");
    }

    @Test
    void headerOnlyResponsesAndHeadersWithoutSchemaAreWarnings() {
      assertThat(warnings).contains("apps/conversations.json:2152:31: warning: header 'Content-Type' has no "
          + "schema; it is read as a string (at /paths/~1conversations~1messages~1{messageId}~1locations~1"
          + "{locationId}~1recording/get/responses/200/headers/Content-Type)");
      Response recording = model.operations().stream()
          .filter(o -> o.path().equals("/conversations/messages/{messageId}/locations/{locationId}/recording"))
          .findFirst().orElseThrow().responses().get(0);
      assertThat(recording.status()).isEqualTo("200");
      assertThat(recording.content()).isEmpty();
      assertThat(recording.headers()).extracting(Response.Header::name)
          .containsExactly("Content-Type", "Content-Disposition");
    }

    @Test
    void unresolvedPathVariableIsAWarning() {
      assertThat(warnings).contains("apps/conversations.json:930:7: warning: path variable {id} has no "
          + "'in: path' parameter; it is read as a required string "
          + "(at /paths/~1conversations~1messages~1email~1{id}/get)");
    }

    @Test
    void externalErrorSchemasAreResolved() {
      assertThat(model.typesByName()).containsKeys("BadRequestDto", "UnauthorizedDto");
      assertThat(model.type("BadRequestDto").orElseThrow().origin().file().getFileName())
          .hasToString("common-schemas.json");
    }

    @Test
    void everyWarningIsLocated() {
      assertThat(result.diagnostics().all()).allSatisfy(d -> {
        assertThat(d.location().line()).isPositive();
        assertThat(d.location().column()).isPositive();
        assertThat(d.location().pointer()).startsWith("/");
      });
    }

    private Operation operation(String id) {
      return SpecFixture.operation(model, id);
    }

    private Parameter parameter(String operationId, String name) {
      return operation(operationId).parameters().stream().filter(p -> p.name().equals(name))
          .findFirst().orElseThrow();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class HighLevelContacts {

    LoadResult result;
    List<String> warnings;

    @BeforeAll
    void load() {
      Path highlevel = realSpecs().resolve("highlevel");
      result = new SpecLoader(LoadOptions.defaults().withRefRoot(highlevel))
          .loadFile(highlevel.resolve("apps/contacts.json"));
      warnings = formatted(result.diagnostics().warnings(), highlevel);
    }

    @Test
    void loadsWithWarningsButNoErrors() {
      assertThat(formatted(result.diagnostics().errors(), realSpecs())).isEmpty();
      assertThat(result.model().orElseThrow().operations()).hasSize(32);
    }

    @Test
    void representativeWarnings() {
      assertThat(warnings).contains(
          "apps/contacts.json:53:13: warning: scheme 'bearer' is of type http, which takes no scopes in OpenAPI "
              + "3.0; the scopes are kept as documentation (at /paths/~1contacts~1search/post/security/0/bearer)",
          "apps/contacts.json:2903:9: warning: 'name' is not a field of an http security scheme; it is ignored "
              + "(at /components/securitySchemes/bearer/name)",
          "apps/contacts.json:3371:24: warning: 'example' does not match the schema: expected true or false, "
              + "found \"false\"; used by operation create-association "
              + "(at /components/schemas/UpdateTagsDTO/properties/removeAllTags/example)");
    }

    @Test
    void withoutAWiderRefRootTheCommonFolderIsOutOfReach() {
      Path apps = realSpecs().resolve("highlevel/apps");
      LoadResult confined = SpecLoader.load(apps.resolve("contacts.json"));
      assertThat(confined.succeeded()).isFalse();
      assertThat(formatted(confined.diagnostics().errors(), realSpecs().resolve("highlevel"))).first()
          .isEqualTo("apps/contacts.json:118:27: error: $ref '../common/common-schemas.json#/components/schemas/"
              + "BadRequestDTO' leaves the folder apps that references are confined to (widen it with "
              + "the refRoot option) (at /paths/~1contacts~1search~1duplicate/get/responses/400/content/"
              + "application~1json/schema/$ref)");
    }
  }

  @Test
  void realSpecsArePresent() throws Exception {
    try (var files = Files.list(realSpecs().resolve("highlevel/apps"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("contacts.json", "conversations.json");
    }
  }
}
