package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter.ParameterStyle;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Response;
import dev.specgen.ir.Server;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeDef;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What published specs look like: defects whose intent is clear are generated with a located
 * warning, and ambiguous ones are refused with a located error. Every accepted spec here is also
 * generated and compiled.
 */
class RealWorldDefectsTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  /** Loads a spec that must be accepted, and checks that its generated code compiles. */
  private LoadResult accepted(String name, String text) {
    LoadResult result = specs.load(name, text);
    specs.model(result); // fails with the diagnostics when the spec was refused
    SpecgenTestKit.generateAndCompile(List.of(dir.resolve(name)), dir.resolve("out-" + name),
        LoadOptions.defaults()).assertSucceeded();
    return result;
  }

  private static Operation only(ApiModel model) {
    assertThat(model.operations()).hasSize(1);
    return model.operations().get(0);
  }

  // ---- Specgen's own bugs ------------------------------------------------------------------

  @Test
  void anEmptyTitleIsAValidTitle() {
    LoadResult result = accepted("billing.yaml", """
        openapi: 3.0.3
        info: {title: '', version: '1'}
        paths:
          /invoices:
            get:
              operationId: listInvoices
              responses: {'200': {description: ok}}
        """);
    assertThat(specs.messages(result)).isEmpty();
    assertThat(specs.model(result).title()).isEmpty();
    assertThat(specs.model(result).apiName()).isEqualTo("Billing");
  }

  @Test
  void responsesAreOptionalInOpenApi31() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /ping:
            post:
              operationId: ping
        """);
    assertThat(specs.messages(result)).isEmpty();
    assertThat(only(specs.model(result)).responses()).isEmpty();
  }

  @Test
  void jsonIndentedWithTabsIsReadWithItsLinesAndColumns() {
    LoadResult result = accepted("tabs.json", "{\n\t\"openapi\": \"3.1.0\",\n"
        + "\t\"info\": {\"title\": \"Tabs\", \"version\": \"1\"},\n"
        + "\t\"paths\": {\"/things/{id}\": {\"get\": {\n"
        + "\t\t\"operationId\": \"getThing\",\n"
        + "\t\t\"parameters\": [{\"name\": \"id\", \"in\": \"path\", \"schema\": {\"type\": \"string\"}}],\n"
        + "\t\t\"responses\": {\"200\": {\"description\": \"ok\"}}\n"
        + "\t}}}\n}\n");
    assertThat(specs.messages(result)).containsExactly(
        "tabs.json:6:18: warning: path parameter 'id' is not marked required: true; it is read as required "
            + "(at /paths/~1things~1{id}/get/parameters/0)");
  }

  @Test
  void jsonDuplicateKeysAreReportedWhereTheyAreWritten() {
    LoadResult result = specs.load("dup.json", """
        {
          "openapi": "3.1.0",
          "info": {"title": "Dup", "version": "1", "title": "Again"},
          "paths": {}
        }
        """);
    assertThat(specs.messages(result)).containsExactly(
        "dup.json:3:44: error: duplicate key 'title'");
  }

  @Test
  void aNumericServerVariableDefaultOrEnumValueIsItsStringWithAWarningEach() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.0.3
        info: {title: Front, version: '1'}
        servers:
          - url: 'https://api.example.com:{port}/{version}'
            variables:
              port: {default: 8080, enum: [8080, 8443]}
              version: {default: 2}
        paths:
          /a:
            get: {operationId: a, responses: {'200': {description: ok}}}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:6:23: warning: 'default' must be a string, found a number; it is read as the string \"8080\" "
            + "(at /servers/0/variables/port/default)",
        "front.yaml:6:36: warning: expected a string in 'enum', found a number; it is read as the string \"8080\" "
            + "(at /servers/0/variables/port/enum/0)",
        "front.yaml:6:42: warning: expected a string in 'enum', found a number; it is read as the string \"8443\" "
            + "(at /servers/0/variables/port/enum/1)",
        "front.yaml:7:26: warning: 'default' must be a string, found a number; it is read as the string \"2\" "
            + "(at /servers/0/variables/version/default)");
    Server server = specs.model(result).servers().get(0);
    assertThat(server.variables()).extracting(Server.ServerVariable::defaultValue).containsExactly("8080", "2");
    assertThat(server.variables().get(0).allowedValues()).containsExactly("8080", "8443");
  }

  @Test
  void aDiagnosticInASharedComponentNamesTheOperationsThatUseIt() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /contacts/{id}:
            get:
              operationId: getContact
              parameters: [{$ref: '#/components/parameters/Id'}]
            delete:
              operationId: deleteContact
              parameters: [{$ref: '#/components/parameters/Id'}]
          /teams/{id}:
            get:
              operationId: getTeam
              parameters: [{$ref: '#/components/parameters/Id'}]
          /tags/{id}:
            get:
              operationId: getTag
              parameters: [{$ref: '#/components/parameters/Id'}]
          /health:
            get:
              operationId: health
              responses: {'200': {$ref: '#/components/responses/Plain'}}
        components:
          parameters:
            Id: {name: id, in: path, schema: {type: string}}
          responses:
            Plain:
              description: ok
              headers:
                X-Rate: {description: no schema}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:25:9: warning: path parameter 'id' is not marked required: true; it is read as required; "
            + "used by operations deleteContact, getContact, getTag and 1 more (at /components/parameters/Id)",
        "front.yaml:30:17: warning: header 'X-Rate' has no schema; it is read as a string; used by operation "
            + "health (at /components/responses/Plain/headers/X-Rate)");
  }

  // ---- defects with a clear intent ---------------------------------------------------------

  @Test
  void aPathParameterWithoutRequiredIsRequired() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /contacts/{id}/{part}:
            get:
              operationId: getPart
              parameters:
                - {name: id, in: path, schema: {type: integer}}
                - {name: part, in: path, required: false, schema: {type: string}}
              responses: {'200': {description: ok}}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:8:11: warning: path parameter 'id' is not marked required: true; it is read as required "
            + "(at /paths/~1contacts~1{id}~1{part}/get/parameters/0)",
        "front.yaml:9:44: warning: path parameter 'part' is not marked required: true; it is read as required "
            + "(at /paths/~1contacts~1{id}~1{part}/get/parameters/1/required)");
    assertThat(only(specs.model(result)).parameters()).extracting(Parameter::required).containsExactly(true, true);
  }

  @Test
  void aPathParameterThatIsNotInThePathIsIgnored() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /contacts:
            get:
              operationId: listContacts
              parameters:
                - {name: contact_id, in: path, required: true, schema: {type: string}}
                - {name: limit, in: query, schema: {type: integer}}
              responses: {'200': {description: ok}}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:8:11: warning: path parameter 'contact_id' does not appear in the path /contacts; it is "
            + "ignored (at /paths/~1contacts/get/parameters/0)");
    assertThat(only(specs.model(result)).parameters()).extracting(Parameter::name).containsExactly("limit");
  }

  @Test
  void yamlMergeKeysAreMergedWithANote() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /a:
            get:
              operationId: a
              responses: {'200': {description: ok}}
        components:
          schemas:
            Audited: &audited
              type: object
              properties:
                created: {type: string}
                id: {type: integer}
            Contact:
              <<: *audited
              properties:
                name: {type: string}
            Team:
              <<: [*audited, {description: A team}]
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:16:7: warning: the spec depends on YAML merge keys ('<<'), which YAML 1.2 dropped; they are "
            + "merged as YAML 1.1 tools do (at /components/schemas/Contact/<<)");
    ApiModel model = specs.model(result);
    // the mapping's own keys win over merged ones
    assertThat(SpecFixture.type(model, "Contact", TypeDef.ObjectType.class).properties())
        .extracting(dev.specgen.ir.Property::wireName).containsExactly("name");
    TypeDef.ObjectType team = SpecFixture.type(model, "Team", TypeDef.ObjectType.class);
    assertThat(team.properties()).extracting(dev.specgen.ir.Property::wireName).containsExactly("created", "id");
    assertThat(team.description()).isEqualTo("A team");
  }

  @Test
  void aMergeKeyOnSomethingOtherThanAMappingIsAnError() {
    LoadResult result = specs.load("front.yaml", """
        openapi: 3.1.0
        info:
          <<: [just text]
          title: Front
          version: '1'
        paths: {}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:3:3: warning: the spec depends on YAML merge keys ('<<'), which YAML 1.2 dropped; they are "
            + "merged as YAML 1.1 tools do (at /info/<<)",
        "front.yaml:3:8: error: a merge key '<<' takes a mapping or a list of mappings, found a string "
            + "(at /info/<</0)");
  }

  @Test
  void anEnumWrittenAsOneNestedListIsItsInnerList() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /a:
            get:
              operationId: a
              responses: {'200': {description: ok}}
        components:
          schemas:
            Country: {type: string, enum: [[US, CA]]}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:10:36: warning: enum holds its values in a nested list; the inner list is read as the "
            + "enum's values (at /components/schemas/Country/enum/0)");
    assertThat(SpecFixture.type(specs.model(result), "Country", EnumType.class).constants())
        .extracting(EnumConstant::wireValue).containsExactly("US", "CA");
  }

  @Test
  void anOpenApi30OperationWithoutResponsesDeclaresNone() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.0.3
        info: {title: Front, version: '1'}
        paths:
          /ping:
            post:
              operationId: ping
          /pong:
            post:
              operationId: pong
              responses: {}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:5:5: warning: operation has no responses (OpenAPI 3.0 requires them); it is read as "
            + "declaring none (at /paths/~1ping/post)",
        "front.yaml:8:5: warning: operation has no responses (OpenAPI 3.0 requires them); it is read as "
            + "declaring none (at /paths/~1pong/post)");
    assertThat(specs.model(result).operations()).allSatisfy(o -> assertThat(o.responses()).isEmpty());
  }

  @Test
  void aLowercaseStatusRangeIsTheRange() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /a:
            get:
              operationId: a
              responses:
                '200': {description: ok}
                4xx:
                  description: client error
                  content:
                    application/json:
                      schema: {type: object, properties: {message: {type: string}}}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:9:9: warning: response status '4xx' is read as the range '4XX' (ranges are written in "
            + "capitals) (at /paths/~1a/get/responses/4xx)");
    assertThat(only(specs.model(result)).responses()).extracting(Response::status).containsExactly("200", "4XX");
  }

  @Test
  void styleFormOnAHeaderOrPathParameterIsTheLocationsDefault() {
    LoadResult result = accepted("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /a/{id}:
            get:
              operationId: a
              parameters:
                - {name: id, in: path, required: true, style: form, schema: {type: string}}
                - {name: X-Trace, in: header, style: form, schema: {type: string}}
              responses: {'200': {description: ok}}
        """);
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:8:55: warning: style 'form' cannot be used for a path parameter; it is read as style "
            + "'simple' (at /paths/~1a~1{id}/get/parameters/0/style)",
        "front.yaml:9:46: warning: style 'form' cannot be used for a header parameter; it is read as style "
            + "'simple' (at /paths/~1a~1{id}/get/parameters/1/style)");
    assertThat(only(specs.model(result)).parameters()).extracting(Parameter::style)
        .containsExactly(ParameterStyle.SIMPLE, ParameterStyle.SIMPLE);
  }

  @Test
  void aWordWhereABooleanBelongsIsRefused() {
    LoadResult result = specs.load("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /a/{id}:
            get:
              operationId: a
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: q, in: query, required: optional, schema: {type: string}}
              responses: {'200': {description: ok}}
        """);
    assertThat(result.succeeded()).isFalse();
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:9:42: error: 'required' must be true or false, found a string "
            + "(at /paths/~1a~1{id}/get/parameters/1/required)");
  }
}
