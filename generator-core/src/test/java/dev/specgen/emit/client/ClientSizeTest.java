package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.emit.GeneratedFile;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client code written per operation stays small: on a spec shaped like the benchmarks'
 * synthetic one (resources with list, create, get, replace and delete; header, query, path and
 * body parameters; declared error responses), the client class and the request records stay under
 * a fixed number of lines per operation. The client documents each operation once, on its main
 * method; the views and shortcut forms are one-line delegations, and a request record's builder
 * repeats none of the record's text.
 */
class ClientSizeTest {

  private static final int RESOURCES = 20;
  private static final int OPERATIONS = RESOURCES * 5;
  /**
   * Lines of {@code ShopClient.java} per operation: 56.9 when this test was written (the client's
   * fixed part, builder and lifecycle, included), 55.3 on 2026-12-01; the same shape took 110 when
   * every view method and overload repeated the operation's Javadoc.
   */
  private static final double CLIENT_LINES_PER_OPERATION = 57;
  /**
   * Lines of a request record on average: 48.6 when this test was written, 47.6 on 2026-12-01, 91
   * with builder Javadoc.
   */
  private static final double REQUEST_LINES_PER_OPERATION = 49;

  @Test
  void theClientAndItsRequestRecordsStayUnderTheirLinesPerOperation(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), spec());
    List<GeneratedFile> files = SpecgenTestKit.sources(SpecgenTestKit.loadModel(spec), "test.size", true);

    long client = lines(files.stream().filter(file -> file.relativePath().endsWith("/ShopClient.java")).toList());
    List<GeneratedFile> requests = files.stream().filter(file -> file.relativePath().endsWith("Request.java")).toList();
    double clientPerOperation = (double) client / OPERATIONS;
    double requestPerOperation = (double) lines(requests) / requests.size();
    System.out.printf("ShopClient.java: %d lines for %d operations, %.1f per operation; %d request records,"
        + " %.1f lines each%n", client, OPERATIONS, clientPerOperation, requests.size(), requestPerOperation);

    assertThat(requests).hasSize(OPERATIONS);
    assertThat(clientPerOperation).as("client lines per operation").isLessThanOrEqualTo(CLIENT_LINES_PER_OPERATION);
    assertThat(requestPerOperation).as("lines per request record").isLessThanOrEqualTo(REQUEST_LINES_PER_OPERATION);
  }

  private static long lines(List<GeneratedFile> files) {
    return files.stream().mapToLong(file -> file.content().lines().count()).sum();
  }

  /** {@code RESOURCES} resources of five operations each, as the benchmarks' synthetic spec has them. */
  private static String spec() {
    StringBuilder paths = new StringBuilder();
    StringBuilder schemas = new StringBuilder();
    for (int i = 0; i < RESOURCES; i++) {
      paths.append("""
            /items%1$d:
              get:
                operationId: listItem%1$d
                summary: Lists Item%1$d resources.
                parameters:
                  - {name: X-Request-Id, in: header, description: Correlates the request with server logs., schema: {type: string}}
                  - {name: limit, in: query, description: Page size., schema: {type: integer, minimum: 1, maximum: 100}}
                  - {name: cursor, in: query, description: Where the page starts., schema: {type: string}}
                responses:
                  "200": {description: A page., content: {application/json: {schema: {$ref: '#/components/schemas/Item%1$dPage'}}}}
                  default: {description: An error., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
              post:
                operationId: createItem%1$d
                summary: Creates a Item%1$d.
                requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Item%1$d'}}}}
                responses:
                  "201": {description: Created., content: {application/json: {schema: {$ref: '#/components/schemas/Item%1$d'}}}}
                  "422": {description: The input is not valid., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            /items%1$d/{id}:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              get:
                operationId: getItem%1$d
                summary: Gets one Item%1$d.
                parameters:
                  - {name: expand, in: query, description: Related resources to include., schema: {type: array, items: {type: string}}}
                responses:
                  "200": {description: The item., content: {application/json: {schema: {$ref: '#/components/schemas/Item%1$d'}}}}
                  "404": {description: No such resource., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
              put:
                operationId: updateItem%1$d
                summary: Replaces a Item%1$d.
                parameters:
                  - {name: if_version, in: query, schema: {type: integer, format: int64}}
                requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Item%1$d'}}}}
                responses:
                  "200": {description: Replaced., content: {application/json: {schema: {$ref: '#/components/schemas/Item%1$d'}}}}
                  "404": {description: No such resource., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
              delete:
                operationId: deleteItem%1$d
                summary: Deletes a Item%1$d.
                responses:
                  "204": {description: Deleted.}
                  "404": {description: No such resource., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
          """.formatted(i));
      schemas.append("""
              Item%1$d:
                type: object
                required: [name]
                properties: {id: {type: string}, name: {type: string}}
              Item%1$dPage:
                type: object
                properties: {items: {type: array, items: {$ref: '#/components/schemas/Item%1$d'}}, next: {type: string}}
          """.formatted(i));
    }
    return """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
        %scomponents:
          schemas:
            Problem:
              type: object
              properties: {message: {type: string}}
        %s""".formatted(paths, schemas);
  }
}
