package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.Pagination;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every path of x-pagination must resolve in the success response with the type the client needs. */
class PaginationPathsTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  /** A spec whose GET /items (line 5) has the given x-pagination and query parameters. */
  private static String spec(String pagination, String parameters) {
    return SpecFixture.openApi31("""
          /items:
            get:
              operationId: listItems
              parameters: %s
              x-pagination: %s
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}
        """.formatted(parameters, pagination), """
          schemas:
            Page:
              type: object
              properties:
                results: {type: array, items: {$ref: '#/components/schemas/Item'}}
                meta: {type: object, properties: {next: {type: string}, total: {type: integer}}}
            Item:
              type: object
              properties:
                id: {type: string}
                createdAt: {type: integer, format: int64}
        """);
  }

  private static final String CURSOR_PARAMETER = "[{name: after, in: query, schema: {type: string}}]";

  @Test
  void pathsThatResolveKeepThePagination() {
    var model = specs.model("api.yaml", spec(
        "{style: cursor, items: results, cursor: meta.next, parameter: after}", CURSOR_PARAMETER));
    assertThat(SpecFixture.operation(model, "listItems").pagination())
        .isInstanceOf(Pagination.Cursor.class);
  }

  @Test
  void anItemsPathThatDoesNotExistIsALocatedErrorWithASuggestion() {
    LoadResult result = specs.load("api.yaml", spec(
        "{style: cursor, items: result, cursor: meta.next, parameter: after}", CURSOR_PARAMETER));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:44: error: x-pagination 'items' path 'result' does not resolve: the response body (Page) "
            + "has no property 'result'; did you mean 'results'? (at /paths/~1items/get/x-pagination/items)");
  }

  @Test
  void pathsThatLeadToTheWrongTypeAreLocatedErrors() {
    LoadResult result = specs.load("api.yaml", spec(
        "{style: cursor, items: meta, cursor: meta.total, parameter: after}", CURSOR_PARAMETER));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:44: error: x-pagination 'items' path 'meta' leads to PageMeta, not a list "
            + "(at /paths/~1items/get/x-pagination/items)");
    result = specs.load("api.yaml", spec(
        "{style: cursor, items: results, cursor: meta.total, parameter: after}", CURSOR_PARAMETER));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:61: error: x-pagination 'cursor' path 'meta.total' leads to a 32-bit integer, not a string "
            + "(at /paths/~1items/get/x-pagination/cursor)");
    result = specs.load("api.yaml", spec(
        "{style: next-url, items: results, nextUrl: meta.next.href}", "[]"));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:64: error: x-pagination 'nextUrl' path 'meta.next.href' does not resolve: 'meta.next' is "
            + "a string, which has no properties (at /paths/~1items/get/x-pagination/nextUrl)");
  }

  @Test
  void keysetKeyMustMatchItsParameterAndLimitMustBeAnInteger() {
    LoadResult result = specs.load("api.yaml", spec(
        "{style: keyset, items: results, keyField: createdAt, parameter: after, limitParameter: size}",
        "[{name: after, in: query, schema: {type: string}}, {name: size, in: query, schema: {type: string}}]"));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:63: error: x-pagination 'keyField' path 'createdAt' leads to a 64-bit integer, but "
            + "parameter 'after' is a string (at /paths/~1items/get/x-pagination/keyField)",
        "api.yaml:9:108: error: x-pagination 'limitParameter' names parameter 'size', which is a string; it "
            + "must be a 32-bit integer (at /paths/~1items/get/x-pagination/limitParameter)");
    result = specs.load("api.yaml", spec(
        "{style: keyset, items: results, keyField: identifier, parameter: after}", CURSOR_PARAMETER));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:63: error: x-pagination 'keyField' path 'identifier' does not resolve: an item "
            + "(Item) has no property 'identifier' (at /paths/~1items/get/x-pagination/keyField)");
  }

  @Test
  void aBodyThatIsNotAListNeedsAnItemsPath() {
    LoadResult result = specs.load("api.yaml", spec("{style: page-number, parameter: page}",
        "[{name: page, in: query, schema: {type: integer}}]"));
    assertThat(specs.messages(result)).containsExactly(
        "api.yaml:9:21: error: x-pagination 'items' is omitted, so the response body must be a list, but it "
            + "is Page, not a list (at /paths/~1items/get/x-pagination)");
  }
}
