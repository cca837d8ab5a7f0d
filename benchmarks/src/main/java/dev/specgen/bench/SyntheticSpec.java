package dev.specgen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Writes an OpenAPI 3.0 spec with a given number of operations, shaped like a typical REST API.
 *
 * <p>Operations come in resources of five: list (path-less, with query parameters including an
 * enum and a cursor), create (JSON body), get, update (path parameter and JSON body) and delete.
 * Each resource has a model with a handful of properties (strings, integer, date-time, an array,
 * an enum and {@code $ref}s to a shared type and to a parent resource, one parent per eight
 * resources), an input model and a page model. The last resource may have fewer than five operations, so any count can be made.
 * The same count always gives the same bytes.
 *
 * <p>A file name ending in {@code .json} gets the same spec as JSON, which every OpenAPI tool reads
 * without YAML size limits (openapi-generator's parser refuses YAML over 3 MiB of text).
 */
public final class SyntheticSpec {

  private static final int OPS_PER_RESOURCE = 5;

  private SyntheticSpec() {}

  /** Usage: {@code SyntheticSpec OPERATIONS FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SyntheticSpec OPERATIONS FILE");
      System.exit(2);
    }
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  /** Writes the spec for {@code operations} operations to {@code file}; returns the file. */
  public static Path write(int operations, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    String text = file.getFileName().toString().endsWith(".json") ? json(operations) : yaml(operations);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The spec as pretty-printed JSON. */
  public static String json(int operations) throws IOException {
    LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
    Object tree = new Load(settings).loadFromString(yaml(operations));
    return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
  }

  /** The spec's text. */
  public static String yaml(int operations) {
    if (operations < 1) {
      throw new IllegalArgumentException("at least one operation: " + operations);
    }
    int resources = (operations + OPS_PER_RESOURCE - 1) / OPS_PER_RESOURCE;
    StringBuilder y = new StringBuilder(operations * 900);
    y.append("""
        openapi: 3.0.3
        info:
          title: Synthetic API
          version: 1.0.0
          description: A generated spec with %d operations for benchmarks.
        servers:
          - url: https://api.example.com/v1
        security:
          - bearerAuth: []
        paths:
        """.formatted(operations));
    for (int r = 0; r < resources; r++) {
      int ops = Math.min(OPS_PER_RESOURCE, operations - r * OPS_PER_RESOURCE);
      paths(y, r, ops);
    }
    y.append("""
        components:
          securitySchemes:
            bearerAuth:
              type: http
              scheme: bearer
          parameters:
            RequestId:
              name: X-Request-Id
              in: header
              required: false
              description: Correlates the request with server logs.
              schema:
                type: string
          responses:
            NotFound:
              description: No such resource.
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
          schemas:
            Error:
              type: object
              required: [code, message]
              properties:
                code:
                  type: integer
                  format: int32
                message:
                  type: string
                details:
                  type: array
                  items:
                    type: string
            Owner:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                email:
                  type: string
                  format: email
                display_name:
                  type: string
        """);
    for (int r = 0; r < resources; r++) {
      schemas(y, r);
    }
    return y.toString();
  }

  private static String name(int r) {
    return "Item" + r;
  }

  private static String path(int r) {
    return "/items" + r;
  }

  private static void paths(StringBuilder y, int r, int ops) {
    String n = name(r);
    y.append("  ").append(path(r)).append(":\n");
    if (ops > 0) {
      y.append("""
              get:
                operationId: list%1$s
                tags: [%1$s]
                summary: Lists %1$s resources.
                parameters:
                  - $ref: '#/components/parameters/RequestId'
                  - name: limit
                    in: query
                    description: Page size.
                    schema:
                      type: integer
                      minimum: 1
                      maximum: 100
                  - name: cursor
                    in: query
                    description: Where the page starts.
                    schema:
                      type: string
                  - name: status
                    in: query
                    schema:
                      $ref: '#/components/schemas/%1$sStatus'
                responses:
                  '200':
                    description: A page of %1$s.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/%1$sPage'
                  default:
                    description: An error.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Error'
          """.formatted(n));
    }
    if (ops > 1) {
      y.append("""
              post:
                operationId: create%1$s
                tags: [%1$s]
                summary: Creates a %1$s.
                requestBody:
                  required: true
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/%1$sInput'
                responses:
                  '201':
                    description: The created %1$s.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/%1$s'
                  '422':
                    description: The input is not valid.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Error'
          """.formatted(n));
    }
    if (ops > 2) {
      y.append("  ").append(path(r)).append("/{id}:\n");
      y.append("""
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              get:
                operationId: get%1$s
                tags: [%1$s]
                summary: Gets one %1$s.
                parameters:
                  - name: expand
                    in: query
                    description: Related resources to include.
                    schema:
                      type: array
                      items:
                        type: string
                responses:
                  '200':
                    description: The %1$s.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/%1$s'
                  '404':
                    $ref: '#/components/responses/NotFound'
          """.formatted(n));
    }
    if (ops > 3) {
      y.append("""
              put:
                operationId: update%1$s
                tags: [%1$s]
                summary: Replaces a %1$s.
                parameters:
                  - name: if_version
                    in: query
                    schema:
                      type: integer
                      format: int64
                requestBody:
                  required: true
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/%1$sInput'
                responses:
                  '200':
                    description: The updated %1$s.
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/%1$s'
                  '404':
                    $ref: '#/components/responses/NotFound'
          """.formatted(n));
    }
    if (ops > 4) {
      y.append("""
              delete:
                operationId: delete%1$s
                tags: [%1$s]
                summary: Deletes a %1$s.
                responses:
                  '204':
                    description: Deleted.
                  '404':
                    $ref: '#/components/responses/NotFound'
          """.formatted(n));
    }
  }

  private static void schemas(StringBuilder y, int r) {
    String n = name(r);
    // Resources reference each other like a tree (a parent for every eight resources), so that
    // $ref chains stay a few levels deep at any size, as in real APIs. (A chain through every
    // resource made openapi-generator's example builder run out of memory at 5,000 operations.)
    String previous = r == 0 ? "Owner" : name((r - 1) / 8);
    y.append("""
            %1$sStatus:
              type: string
              enum: [active, archived, pending]
            %1$s:
              type: object
              required: [id, name, status]
              properties:
                id:
                  type: string
                name:
                  type: string
                  maxLength: 200
                status:
                  $ref: '#/components/schemas/%1$sStatus'
                count:
                  type: integer
                  format: int32
                created_at:
                  type: string
                  format: date-time
                tags:
                  type: array
                  items:
                    type: string
                owner:
                  $ref: '#/components/schemas/Owner'
                related:
                  $ref: '#/components/schemas/%2$s'
            %1$sInput:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                status:
                  $ref: '#/components/schemas/%1$sStatus'
                tags:
                  type: array
                  items:
                    type: string
            %1$sPage:
              type: object
              required: [items]
              properties:
                items:
                  type: array
                  items:
                    $ref: '#/components/schemas/%1$s'
                next_cursor:
                  type: string
                  nullable: true
        """.formatted(n, previous));
  }
}
