package dev.specgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import dev.specgen.diag.Location;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.read.SpecFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every node knows its file, 1-based line and column, and JSON pointer, in YAML and in JSON. */
class LocationTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  private MapNode read(String name, String text) {
    Path file = specs.write(name, text);
    Diagnostics diagnostics = new Diagnostics();
    Node root = new DocumentReader(LoaderLimits.DEFAULTS).read(file, diagnostics)
        .orElseThrow(() -> new AssertionError(diagnostics.toString()));
    assertThat(diagnostics.all()).isEmpty();
    return (MapNode) root;
  }

  private static Node at(Node node, Object... path) {
    Node current = node;
    for (Object step : path) {
      current = step instanceof Integer index
          ? ((ListNode) current).items().get(index)
          : ((MapNode) current).get((String) step).orElseThrow(() -> new AssertionError("no " + step));
    }
    return current;
  }

  private Location location(String file, int line, int column, String pointer) {
    return Location.at(dir.resolve(file), line, column, pointer);
  }

  private static final String YAML = """
      openapi: 3.1.0
      paths:
        /contacts/{contact_id}/conversations:
          get:
            parameters:
              - name: contact_id
                in: path
              - {name: limit, in: query}
      components:
        schemas:
          a~b: {type: string}
      """;

  @Test
  void yamlNodes() {
    MapNode root = read("front.yaml", YAML);
    assertThat(root.location()).isEqualTo(location("front.yaml", 1, 1, ""));
    assertThat(at(root, "openapi").location()).isEqualTo(location("front.yaml", 1, 10, "/openapi"));
    Node get = at(root, "paths", "/contacts/{contact_id}/conversations", "get");
    assertThat(get.location())
        .isEqualTo(location("front.yaml", 5, 7, "/paths/~1contacts~1{contact_id}~1conversations/get"));
    assertThat(at(get, "parameters", 0).location()).isEqualTo(location("front.yaml", 6, 11,
        "/paths/~1contacts~1{contact_id}~1conversations/get/parameters/0"));
    assertThat(at(get, "parameters", 0, "in").location()).isEqualTo(location("front.yaml", 7, 15,
        "/paths/~1contacts~1{contact_id}~1conversations/get/parameters/0/in"));
    assertThat(at(get, "parameters", 1, "name").location()).isEqualTo(location("front.yaml", 8, 18,
        "/paths/~1contacts~1{contact_id}~1conversations/get/parameters/1/name"));
    assertThat(at(root, "components", "schemas", "a~b", "type").location())
        .isEqualTo(location("front.yaml", 11, 17, "/components/schemas/a~0b/type"));
  }

  @Test
  void yamlKeys() {
    MapNode root = read("front.yaml", YAML);
    MapNode path = (MapNode) at(root, "paths");
    assertThat(path.keyLocation("/contacts/{contact_id}/conversations"))
        .isEqualTo(location("front.yaml", 3, 3, "/paths/~1contacts~1{contact_id}~1conversations"));
    assertThat(root.keyLocation("components")).isEqualTo(location("front.yaml", 9, 1, "/components"));
    assertThat(root.keyLocation("absent")).isEqualTo(root.location());
  }

  @Test
  void jsonNodes() {
    MapNode root = read("chatwoot.json", """
        {
          "openapi": "3.1.0",
          "paths": {
            "/contacts/{id}": {
              "get": {"operationId": "getContact", "tags": ["Contacts", "CRM"]}
            }
          }
        }
        """);
    assertThat(root.location()).isEqualTo(location("chatwoot.json", 1, 1, ""));
    assertThat(at(root, "openapi").location()).isEqualTo(location("chatwoot.json", 2, 14, "/openapi"));
    Node get = at(root, "paths", "/contacts/{id}", "get");
    assertThat(get.location()).isEqualTo(location("chatwoot.json", 5, 14, "/paths/~1contacts~1{id}/get"));
    assertThat(at(get, "operationId").location())
        .isEqualTo(location("chatwoot.json", 5, 30, "/paths/~1contacts~1{id}/get/operationId"));
    assertThat(at(get, "tags", 1).location())
        .isEqualTo(location("chatwoot.json", 5, 65, "/paths/~1contacts~1{id}/get/tags/1"));
    assertThat(((MapNode) get).keyLocation("tags"))
        .isEqualTo(location("chatwoot.json", 5, 44, "/paths/~1contacts~1{id}/get/tags"));
  }

  @Test
  void referencedFilesKeepTheirOwnLocations() {
    specs.write("common.yaml", """
        components:
          schemas:
            Contact:
              type: object
              properties:
                id: {type: string}
        """);
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("""
          /contacts/{id}:
            get:
              operationId: getContact
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: './common.yaml#/components/schemas/Contact'}
        """, ""));
    Operation operation = SpecFixture.operation(model, "getContact");
    // An operation is located at its method key, not at its own first key.
    assertThat(operation.origin()).isEqualTo(location("spec.yaml", 6, 5, "/paths/~1contacts~1{id}/get"));
    assertThat(operation.parameters().get(0).origin())
        .isEqualTo(location("spec.yaml", 9, 11, "/paths/~1contacts~1{id}/get/parameters/0"));
    assertThat(model.type("Contact").orElseThrow().origin())
        .isEqualTo(location("common.yaml", 4, 7, "/components/schemas/Contact"));
  }

  @Test
  void locationForms() {
    Location file = Location.ofFile(Path.of("specs", "front.yaml"));
    assertThat(file.position()).isEqualTo("specs/front.yaml");
    assertThat(file.toString()).isEqualTo("specs/front.yaml");
    Location node = Location.at(Path.of("front.yaml"), 42, 7, "/paths/~1contacts");
    assertThat(node.position()).isEqualTo("front.yaml:42:7");
    assertThat(node.toString()).isEqualTo("front.yaml:42:7 (at /paths/~1contacts)");
    assertThat(node.withPointer("/x")).isEqualTo(Location.at(Path.of("front.yaml"), 42, 7, "/x"));
  }
}
