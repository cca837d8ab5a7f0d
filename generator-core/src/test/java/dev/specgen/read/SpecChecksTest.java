package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostic;
import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.diag.Severity;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.Parameter;
import dev.specgen.ir.Parameter.ParameterLocation;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.TypeDef.EnumConstant;
import dev.specgen.ir.TypeDef.EnumKind;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks the reader makes on a spec, each with its exact message and location, and how
 * diagnostics are collected, sorted and formatted.
 */
class SpecChecksTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  private List<String> messages(String spec) {
    return specs.messages(specs.load("front.yaml", spec));
  }

  /** A 3.1 spec with one GET operation whose body (below {@code get:}) is given, from line 7. */
  private static String withOperation(String path, String operation) {
    return SpecFixture.openApi31("  " + path + ":\n    get:\n" + operation.indent(6), "");
  }

  private static final String OK_RESPONSES = "responses:\n  '200': {description: ok}\n";

  // ---- collecting, sorting, formatting -------------------------------------------------------

  @Test
  void everyErrorIsReportedSortedByPosition() {
    LoadResult result = specs.load("front.yaml", """
        openapi: 3.1.0
        info: {title: Front, version: '1'}
        paths:
          /contacts/{contact_id}/conversations:
            get:
              operationId: listContactConversations
              parameters:
                - {name: contact_id, in: body, required: true}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Conversatoin'}
          /contacts:
            get:
              operationId: listContacts
        components:
          schemas:
            Conversation: {type: object, properties: {id: {type: string}}}
        """);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.model()).isEmpty();
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:5:5: warning: path variable {contact_id} has no 'in: path' parameter; it is read as a "
            + "required string (at /paths/~1contacts~1{contact_id}~1conversations/get)",
        "front.yaml:8:34: error: unknown parameter location 'in: body' (expected path, query, header or cookie) "
            + "(at /paths/~1contacts~1{contact_id}~1conversations/get/parameters/0/in)",
        "front.yaml:14:30: error: unknown $ref '#/components/schemas/Conversatoin' "
            + "(at /paths/~1contacts~1{contact_id}~1conversations/get/responses/200/content/application~1json/schema/$ref)");
    assertThat(result.diagnostics().errorCount()).isEqualTo(2);
    assertThat(result.diagnostics().warningCount()).isEqualTo(1);
  }

  @Test
  void diagnosticFormat() {
    Location at = Location.at(Path.of("front.yaml"), 42, 7, "/paths/~1contacts~1{contact_id}~1conversations/get");
    assertThat(new Diagnostic(Severity.ERROR, "operation has no responses", at).format()).isEqualTo(
        "front.yaml:42:7: error: operation has no responses (at /paths/~1contacts~1{contact_id}~1conversations/get)");
    assertThat(new Diagnostic(Severity.WARNING, "w", Location.at(Path.of("a.yaml"), 1, 1, "")).format())
        .isEqualTo("a.yaml:1:1: warning: w");
    assertThat(new Diagnostic(Severity.ERROR, "file not found", Location.ofFile(Path.of("a.yaml"))).toString())
        .isEqualTo("a.yaml: error: file not found");
  }

  @Test
  void diagnosticsAreSortedByFileLineColumnAndMessageAndKeptOnce() {
    Diagnostics diagnostics = new Diagnostics();
    Path b = Path.of("b.yaml");
    Path a = Path.of("a.yaml");
    diagnostics.warning(Location.at(b, 3, 1, ""), "w");
    diagnostics.error(Location.at(a, 10, 2, ""), "second");
    diagnostics.error(Location.at(a, 10, 2, ""), "first");
    diagnostics.error(Location.at(a, 2, 9, ""), "early");
    diagnostics.error(Location.at(a, 2, 9, ""), "early");
    diagnostics.error(Location.ofFile(a), "whole file");
    assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
        "a.yaml: error: whole file",
        "a.yaml:2:9: error: early",
        "a.yaml:10:2: error: first",
        "a.yaml:10:2: error: second",
        "b.yaml:3:1: warning: w");
    assertThat(diagnostics.errorCount()).isEqualTo(4);
    assertThat(diagnostics.warningCount()).isEqualTo(1);
    assertThat(diagnostics.hasErrors()).isTrue();
    assertThat(diagnostics.warnings()).extracting(Diagnostic::message).containsExactly("w");
    assertThat(diagnostics.toString()).startsWith("a.yaml: error: whole file\na.yaml:2:9: error: early\n");
  }

  @Test
  void warningsAloneDoNotFailTheLoad() {
    LoadResult result = specs.load("front.yaml", withOperation("/things/{id}", OK_RESPONSES));
    assertThat(result.succeeded()).isTrue();
    assertThat(result.diagnostics().hasErrors()).isFalse();
    assertThat(specs.warnings(result)).hasSize(1);
  }

  // ---- version -------------------------------------------------------------------------------

  @Test
  void missingVersion() {
    assertThat(messages("info: {title: T, version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:1:1: error: missing 'openapi' version (expected 3.0.x or 3.1.x)");
  }

  @Test
  void unsupportedVersions() {
    assertThat(messages("openapi: 3.2.0\ninfo: {title: T, version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:1:10: error: unsupported OpenAPI version '3.2.0' (expected 3.0.x or 3.1.x) (at /openapi)");
    assertThat(messages("openapi: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:1:10: error: unsupported OpenAPI version '2.0' (expected 3.0.x or 3.1.x) (at /openapi)");
    assertThat(messages("openapi: latest\ninfo: {title: T, version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:1:10: error: unsupported OpenAPI version 'latest' (expected 3.0.x or 3.1.x) (at /openapi)");
  }

  @Test
  void swagger2() {
    assertThat(messages("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:1:1: error: Swagger 2.0 documents are not supported; convert the spec to OpenAPI 3 first "
            + "(at /swagger)");
  }

  @Test
  void unquotedVersionNumber() {
    assertThat(messages("openapi: 3.0\ninfo: {title: T, version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:1:10: error: 'openapi' must be a string such as \"3.1.0\", found a number "
            + "(quote the version) (at /openapi)");
  }

  @Test
  void unquotedThreePartVersionIsAString() {
    LoadResult result = specs.load("front.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n");
    assertThat(specs.messages(result)).isEmpty();
    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void missingTitle() {
    assertThat(messages("openapi: 3.1.0\ninfo: {version: '1'}\npaths: {}\n")).containsExactly(
        "front.yaml:2:7: error: missing 'info.title' (at /info)");
  }

  // ---- operations ----------------------------------------------------------------------------

  @Test
  void duplicateOperationIds() {
    assertThat(messages(SpecFixture.openApi31("""
          /a:
            get:
              operationId: listThings
              responses: {'200': {description: ok}}
          /b:
            get:
              operationId: listThings
              responses: {'200': {description: ok}}
        """, ""))).containsExactly(
        "front.yaml:11:20: error: duplicate operationId 'listThings' (first used at front.yaml:7:20) "
            + "(at /paths/~1b/get/operationId)");
  }

  @Test
  void badResponseStatus() {
    assertThat(messages(withOperation("/a", "responses:\n  '200': {description: ok}\n  '600': {description: no}\n")))
        .containsExactly("front.yaml:9:9: error: '600' is not a response status (expected a code such as 200, "
            + "a range such as 4XX, or default) (at /paths/~1a/get/responses/600)");
  }

  @Test
  void pathMustStartWithSlash() {
    assertThat(messages(SpecFixture.openApi31("  things:\n    get: {responses: {'200': {description: ok}}}\n", "")))
        .containsExactly("front.yaml:5:3: error: path 'things' must start with '/' (at /paths/things)");
  }

  // ---- parameters ----------------------------------------------------------------------------

  @Test
  void pathVariableWithoutParameterIsAWarningAndAStringParameter() {
    LoadResult result = specs.load("front.yaml",
        withOperation("/contacts/{contact_id}/conversations", "operationId: list\n" + OK_RESPONSES));
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:6:5: warning: path variable {contact_id} has no 'in: path' parameter; it is read as a "
            + "required string (at /paths/~1contacts~1{contact_id}~1conversations/get)");
    Parameter parameter = SpecFixture.operation(specs.model(result), "list").parameters().get(0);
    assertThat(parameter.name()).isEqualTo("contact_id");
    assertThat(parameter.javaName()).isEqualTo("contactId");
    assertThat(parameter.location()).isEqualTo(ParameterLocation.PATH);
    assertThat(parameter.required()).isTrue();
    assertThat(parameter.type()).isEqualTo(TypeRef.primitive(PrimitiveType.STRING));
  }

  @Test
  void unknownParameterLocation() {
    assertThat(messages(withOperation("/a", """
        parameters:
          - {name: q, in: body, schema: {type: string}}
        """ + OK_RESPONSES))).containsExactly(
        "front.yaml:8:25: error: unknown parameter location 'in: body' (expected path, query, header or cookie) "
            + "(at /paths/~1a/get/parameters/0/in)");
  }

  @Test
  void parameterWithoutNameOrIn() {
    assertThat(messages(withOperation("/a", """
        parameters:
          - {in: query, schema: {type: string}}
        """ + OK_RESPONSES))).containsExactly(
        "front.yaml:8:11: error: a parameter needs both 'name' and 'in' (at /paths/~1a/get/parameters/0)");
  }

  @Test
  void unknownStyle() {
    assertThat(messages(withOperation("/a", """
        parameters:
          - {name: q, in: query, style: tabDelimited, schema: {type: array, items: {type: string}}}
        """ + OK_RESPONSES))).containsExactly(
        "front.yaml:8:39: error: unknown style 'tabDelimited' (expected simple, form, deepObject, spaceDelimited, "
            + "pipeDelimited, label or matrix) (at /paths/~1a/get/parameters/0/style)");
  }

  @Test
  void styleNotAllowedForItsLocation() {
    assertThat(messages(withOperation("/a/{id}", """
        parameters:
          - {name: id, in: path, required: true, style: deepObject, schema: {type: string}}
          - {name: q, in: query, style: matrix, schema: {type: string}}
          - {name: X-Trace, in: header, style: label, schema: {type: string}}
          - {name: c, in: cookie, style: simple, schema: {type: string}}
        """ + OK_RESPONSES))).containsExactly(
        "front.yaml:8:55: error: style 'deepObject' cannot be used for a path parameter "
            + "(at /paths/~1a~1{id}/get/parameters/0/style)",
        "front.yaml:9:39: error: style 'matrix' cannot be used for a query parameter "
            + "(at /paths/~1a~1{id}/get/parameters/1/style)",
        "front.yaml:10:46: error: style 'label' cannot be used for a header parameter "
            + "(at /paths/~1a~1{id}/get/parameters/2/style)",
        "front.yaml:11:40: error: style 'simple' cannot be used for a cookie parameter "
            + "(at /paths/~1a~1{id}/get/parameters/3/style)");
  }

  @Test
  void headersTheClientSetsItselfAreIgnored() {
    LoadResult result = specs.load("front.yaml", withOperation("/a", """
        operationId: a
        parameters:
          - {name: Authorization, in: header, schema: {type: string}}
        """ + OK_RESPONSES));
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:9:11: warning: header parameter 'Authorization' is ignored: the client sets this header "
            + "itself (at /paths/~1a/get/parameters/0)");
    assertThat(SpecFixture.operation(specs.model(result), "a").parameters()).isEmpty();
  }

  @Test
  void schemaKeywordsOnAParameterAreIgnored() {
    assertThat(messages(withOperation("/a", """
        parameters:
          - name: since
            in: query
            type: integer
            anyOf: [{type: integer}, {type: string}]
            schema: {type: string}
        """ + OK_RESPONSES))).containsExactly(
        "front.yaml:10:11: warning: 'type' is not a parameter field (schema keywords belong under 'schema'); "
            + "it is ignored (at /paths/~1a/get/parameters/0/type)",
        "front.yaml:11:11: warning: 'anyOf' is not a parameter field (schema keywords belong under 'schema'); "
            + "it is ignored (at /paths/~1a/get/parameters/0/anyOf)");
  }

  // ---- schemas -------------------------------------------------------------------------------

  @Test
  void typeAndFormatMismatches() {
    assertThat(messages(SpecFixture.openApi31("", """
          schemas:
            Thing:
              type: object
              properties:
                a: {type: string, format: int64}
                b: {type: integer, format: date-time}
                c: {type: boolean, format: int32}
                d: {type: number, format: uuid}
                e: {type: string, format: email}
        """))).containsExactly(
        "front.yaml:11:35: warning: format 'int64' does not apply to type string; it is read as a plain string "
            + "(at /components/schemas/Thing/properties/a/format)",
        "front.yaml:12:36: warning: format 'date-time' does not apply to type integer; it is read as a plain "
            + "integer (at /components/schemas/Thing/properties/b/format)",
        "front.yaml:13:36: warning: format 'int32' does not apply to type boolean; it is read as a plain "
            + "boolean (at /components/schemas/Thing/properties/c/format)",
        "front.yaml:14:35: warning: format 'uuid' does not apply to type number; it is read as a plain number "
            + "(at /components/schemas/Thing/properties/d/format)");
  }

  @Test
  void unknownType() {
    assertThat(messages(SpecFixture.openApi31("", """
          schemas:
            A: {type: strnig}
            B: {type: any}
        """))).containsExactly(
        "front.yaml:8:15: error: unknown type 'strnig' (expected object, array, string, integer, number, "
            + "boolean or null) (at /components/schemas/A/type)",
        "front.yaml:9:15: warning: unknown type 'any' (expected object, array, string, integer, number, "
            + "boolean or null); read as any JSON value (at /components/schemas/B/type)");
  }

  @Test
  void enumValuesThatDoNotMatchTheDeclaredTypeAreReportedAndTheEnumFollowsItsValues() {
    LoadResult result = specs.load("front.yaml", SpecFixture.openApi31("", """
          schemas:
            Status:
              type: integer
              enum: [draft, published]
            Count:
              type: string
              enum: [1, 2]
        """));
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:10:14: warning: enum value draft is not an integer; the enum is read as a string enum "
            + "(at /components/schemas/Status/enum/0)",
        "front.yaml:10:21: warning: enum value published is not an integer; the enum is read as a string enum "
            + "(at /components/schemas/Status/enum/1)",
        "front.yaml:13:14: warning: enum value 1 is not a string; the enum is read as an integer enum "
            + "(at /components/schemas/Count/enum/0)",
        "front.yaml:13:17: warning: enum value 2 is not a string; the enum is read as an integer enum "
            + "(at /components/schemas/Count/enum/1)");
    ApiModel model = specs.model(result);
    EnumType status = SpecFixture.type(model, "Status", EnumType.class);
    assertThat(status.kind()).isEqualTo(EnumKind.STRING);
    assertThat(status.constants()).extracting(EnumConstant::wireValue).containsExactly("draft", "published");
    assertThat(SpecFixture.type(model, "Count", EnumType.class).kind()).isEqualTo(EnumKind.INTEGER);
  }

  @Test
  void hugeNumbersInAnIntegerEnumAreNotWrittenOut() {
    long start = System.nanoTime();
    LoadResult result = specs.load("front.yaml", SpecFixture.openApi31("", """
          schemas:
            Huge:
              type: integer
              enum: [1, 1e999999999]
            Round:
              type: integer
              enum: [1.0, 2e3]
        """));
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
    assertThat(specs.messages(result)).containsExactly(
        "front.yaml:10:17: warning: enum value 1e999999999 is not an integer; the enum is read as a mixed enum "
            + "(at /components/schemas/Huge/enum/1)");
    EnumType round = SpecFixture.type(specs.model(result), "Round", EnumType.class);
    assertThat(round.constants()).extracting(EnumConstant::wireValue)
        .containsExactly(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(2000));
  }

  @Test
  void defaultsAndExamplesThatContradictTheirSchema() {
    assertThat(messages(SpecFixture.openApi31("""
          /a:
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer, default: ten}}
                - {name: sort, in: query, schema: {$ref: '#/components/schemas/Sort'}, example: up}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {type: string}}
                      example: [a, 1]
        """, """
          schemas:
            Sort: {type: string, enum: [asc, desc], default: sideways}
            Thing:
              type: object
              properties:
                size: {type: number, example: big}
                tags: {type: array, items: {type: string}, default: none}
                when: {type: string, format: date-time, nullable: false, example: null}
        """))).containsExactly(
        "front.yaml:8:69: warning: 'default' does not match the schema: expected an integer, found \"ten\" "
            + "(at /paths/~1a/get/parameters/0/schema/default)",
        "front.yaml:9:89: warning: 'example' does not match the schema: \"up\" is not one of the values of Sort "
            + "(at /paths/~1a/get/parameters/1/example)",
        "front.yaml:16:24: warning: 'example' does not match the schema: expected a string, found 1 "
            + "(at /paths/~1a/get/responses/200/content/application~1json/example)",
        "front.yaml:19:54: warning: 'default' does not match the schema: \"sideways\" is not one of the values "
            + "of Sort; used by operation getA (at /components/schemas/Sort/default)",
        "front.yaml:23:39: warning: 'example' does not match the schema: expected a number, found \"big\" "
            + "(at /components/schemas/Thing/properties/size/example)",
        "front.yaml:24:61: warning: 'default' does not match the schema: expected a list, found \"none\" "
            + "(at /components/schemas/Thing/properties/tags/default)",
        "front.yaml:25:75: warning: 'example' does not match the schema: null is not allowed "
            + "(at /components/schemas/Thing/properties/when/example)");
  }

  @Test
  void requiredPropertyThatIsNotDeclared() {
    assertThat(messages(SpecFixture.openApi31("", """
          schemas:
            Thing:
              type: object
              required: [id, nmae]
              properties:
                id: {type: string}
                name: {type: string}
        """))).containsExactly(
        "front.yaml:10:7: warning: required property 'nmae' is not declared under 'properties' "
            + "(at /components/schemas/Thing/required)");
  }

  @Test
  void wrongKindsOfFields() {
    assertThat(messages(SpecFixture.openApi31("""
          /a:
            get:
              summary: [not, a, string]
              deprecated: maybe
              tags: [ok, 3]
              responses: {'200': {description: ok}}
        """, ""))).containsExactly(
        "front.yaml:7:16: error: 'summary' must be a string, found a list (at /paths/~1a/get/summary)",
        "front.yaml:8:19: error: 'deprecated' must be true or false, found a string (at /paths/~1a/get/deprecated)",
        "front.yaml:9:18: error: expected a string in 'tags', found a number (at /paths/~1a/get/tags/1)");
  }

  // ---- security ------------------------------------------------------------------------------

  @Test
  void securityProblems() {
    assertThat(messages("""
        openapi: 3.0.3
        info: {title: T, version: '1'}
        security:
          - nope: []
          - key: [admin]
        paths: {}
        components:
          securitySchemes:
            key: {type: apiKey, name: X-Key, in: body}
            digest: {type: http, scheme: digest}
            mutual: {type: mutualTLS}
            untyped: {description: what}
        """)).containsExactly(
        "front.yaml:4:5: error: unknown security scheme 'nope' (at /security/0/nope)",
        "front.yaml:5:5: warning: scheme 'key' is of type apiKey, which takes no scopes in OpenAPI 3.0; the "
            + "scopes are kept as documentation (at /security/1/key)",
        "front.yaml:9:42: error: apiKey 'in: body' is unknown (expected header, query or cookie) "
            + "(at /components/securitySchemes/key/in)",
        "front.yaml:10:13: warning: http scheme 'digest' is not supported (bearer and basic are); it is ignored "
            + "(at /components/securitySchemes/digest)",
        "front.yaml:11:20: warning: security scheme type 'mutualTLS' is not supported; operations that need only "
            + "it are sent without credentials (at /components/securitySchemes/mutual/type)",
        "front.yaml:12:14: error: security scheme 'untyped' has no 'type' (at /components/securitySchemes/untyped)");
  }

  // ---- pagination ----------------------------------------------------------------------------

  @Test
  void paginationProblems() {
    assertThat(messages(SpecFixture.openApi31("""
          /a:
            get:
              operationId: a
              x-pagination: {style: cursor, cursor: meta.next}
              responses: {'200': {description: ok}}
          /b:
            get:
              operationId: b
              x-pagination: {style: keyset, parameter: after, keyField: id}
              responses: {'200': {description: ok}}
          /c:
            get:
              operationId: c
              x-pagination: {style: infinite}
              responses: {'200': {description: ok}}
          /d:
            get:
              operationId: d
              x-pagination: {items: data}
              responses: {'200': {description: ok}}
          /e:
            get:
              operationId: e
              parameters: [{name: page, in: query, schema: {type: integer}}]
              x-pagination: {style: page-number, parameter: page, startPage: first}
              responses: {'200': {description: ok}}
          /f:
            get:
              operationId: f
              x-pagination: {style: next-url}
              responses: {'200': {description: ok}}
        """, ""))).containsExactly(
        "front.yaml:8:21: error: x-pagination style 'cursor' needs 'parameter' (at /paths/~1a/get/x-pagination)",
        "front.yaml:13:48: error: x-pagination names 'after', which is not a query parameter of the operation "
            + "(at /paths/~1b/get/x-pagination/parameter)",
        "front.yaml:18:29: error: unknown x-pagination style 'infinite' (expected next-url, cursor, keyset, "
            + "page-number or none) (at /paths/~1c/get/x-pagination/style)",
        "front.yaml:23:21: error: x-pagination needs a 'style' (next-url, cursor, keyset, page-number or none) "
            + "(at /paths/~1d/get/x-pagination)",
        "front.yaml:29:21: error: x-pagination needs a 2xx response with a body to page through "
            + "(at /paths/~1e/get/x-pagination)",
        "front.yaml:29:70: error: 'startPage' must be an integer, found a string "
            + "(at /paths/~1e/get/x-pagination/startPage)",
        "front.yaml:34:21: error: x-pagination style 'next-url' needs 'nextUrl' (at /paths/~1f/get/x-pagination)");
  }

  @Test
  void serverProblems() {
    assertThat(messages("""
        openapi: 3.1.0
        info: {title: T, version: '1'}
        servers:
          - description: no url
          - url: 'https://{region}.example.com'
            variables:
              region: {enum: [eu, us]}
        paths: {}
        """)).containsExactly(
        "front.yaml:4:5: error: a server needs a 'url' (at /servers/0)",
        "front.yaml:7:15: error: server variable 'region' needs a 'default' (at /servers/1/variables/region)");
  }

  @Test
  void theModelOfASpecWithErrorsIsNotReturned() {
    LoadResult result = specs.load("front.yaml", withOperation("/a", "operationId: a\nresponses: {'600': {}}\n"));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.model()).isEmpty();
    assertThat(result.files()).containsExactly(dir.resolve("front.yaml"));
  }

  @Test
  void operationsWithoutAnIdGetOneFromMethodAndPath() {
    ApiModel model = specs.model("front.yaml", withOperation("/contacts/{id}/notes", """
        parameters: [{name: id, in: path, required: true, schema: {type: string}}]
        """ + OK_RESPONSES));
    Operation operation = model.operations().get(0);
    assertThat(operation.operationId()).isEqualTo("getContactsIdNotes");
    assertThat(operation.javaName()).isEqualTo("getContactsIdNotes");
  }
}
