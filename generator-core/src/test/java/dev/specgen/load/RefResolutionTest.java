package dev.specgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.ApiModel;
import dev.specgen.ir.Operation;
import dev.specgen.ir.PrimitiveType;
import dev.specgen.ir.Property;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeRef;
import dev.specgen.read.LoadOptions;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $ref}s: local, across files, escaped, recursive, with siblings, and every way they fail. */
class RefResolutionTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  private static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  private static Property property(ApiModel model, String type, String property) {
    return SpecFixture.type(model, type, ObjectType.class).property(property).orElseThrow();
  }

  // ---- what resolves -------------------------------------------------------------------------

  @Test
  void localReference() {
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Conversation:
              type: object
              properties:
                contact: {$ref: '#/components/schemas/Contact'}
            Contact:
              type: object
              properties:
                id: {type: string}
        """));
    assertThat(property(model, "Conversation", "contact").type()).isEqualTo(named("Contact"));
    assertThat(model.typesByName()).containsOnlyKeys("Contact", "Conversation");
  }

  @Test
  void referenceIntoASiblingFile() {
    specs.write("common.yaml", """
        components:
          schemas:
            Contact:
              type: object
              properties:
                id: {type: string}
        """);
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Conversation:
              type: object
              properties:
                contact: {$ref: './common.yaml#/components/schemas/Contact'}
        """));
    ApiModel model = specs.model(result);
    assertThat(property(model, "Conversation", "contact").type()).isEqualTo(named("Contact"));
    assertThat(SpecFixture.type(model, "Contact", ObjectType.class).origin().file())
        .isEqualTo(dir.resolve("common.yaml"));
    assertThat(result.files()).containsExactly(dir.resolve("spec.yaml"), dir.resolve("common.yaml"));
  }

  @Test
  void referenceFromAReferencedFileIsResolvedAgainstThatFile() {
    specs.write("models/contact.yaml", """
        Contact:
          type: object
          properties:
            address: {$ref: 'address.yaml#/Address'}
        """);
    specs.write("models/address.yaml", """
        Address:
          type: object
          properties:
            city: {type: string}
        """);
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Person: {$ref: 'models/contact.yaml#/Contact'}
        """));
    // Person is only an alias of Contact: its uses get the type Contact.
    assertThat(model.typesByName()).containsOnlyKeys("Contact", "Address");
    assertThat(property(model, "Contact", "address").type()).isEqualTo(named("Address"));
  }

  @Test
  void referenceIntoAParentFolderNeedsAWiderRefRoot() {
    specs.write("common/common-schemas.json", """
        {"components": {"schemas": {"BadRequestDTO": {
          "type": "object",
          "properties": {"statusCode": {"type": "number"}, "message": {"type": "string"}}
        }}}}
        """);
    specs.write("apps/spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Failure:
              type: object
              properties:
                error: {$ref: '../common/common-schemas.json#/components/schemas/BadRequestDTO'}
        """));
    LoadResult confined = specs.load("apps/spec.yaml");
    assertThat(specs.messages(confined)).containsExactly(
        "apps/spec.yaml:11:23: error: $ref '../common/common-schemas.json#/components/schemas/BadRequestDTO' "
            + "leaves the folder apps that references are confined to (widen it with the refRoot option) "
            + "(at /components/schemas/Failure/properties/error/$ref)");

    ApiModel model = specs.model(specs.load("apps/spec.yaml", LoadOptions.defaults().withRefRoot(dir)));
    assertThat(property(model, "Failure", "error").type()).isEqualTo(named("BadRequestDto"));
    assertThat(property(model, "BadRequestDto", "statusCode").type())
        .isEqualTo(TypeRef.primitive(PrimitiveType.DECIMAL));
  }

  @Test
  void pointerEscapesTildeAndSlash() {
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Holder:
              type: object
              properties:
                slashed: {$ref: '#/components/schemas/a~1b'}
                tilded: {$ref: '#/components/schemas/c~0d'}
            a/b: {type: object, properties: {x: {type: string}}}
            c~d: {type: object, properties: {y: {type: string}}}
        """));
    assertThat(property(model, "Holder", "slashed").type()).isEqualTo(named("AB"));
    assertThat(property(model, "Holder", "tilded").type()).isEqualTo(named("CD"));
  }

  @Test
  void percentEncodedPointerIntoAPath() {
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("""
          /contacts/{contact_id}:
            get:
              operationId: getContact
              parameters:
                - {name: contact_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string}
          /contacts/{contact_id}/copy:
            post:
              operationId: copyContact
              parameters:
                - {$ref: '#/paths/~1contacts~1%7Bcontact_id%7D/get/parameters/0'}
              responses:
                '201':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/paths/~1contacts~1%7Bcontact_id%7D/get/responses/200/content/application~1json/schema'
        """, """
          schemas:
            Spaced:
              $ref: '#/components/schemas/With%20Space'
            With Space: {type: object, properties: {z: {type: integer}}}
        """));
    Operation copy = SpecFixture.operation(model, "copyContact");
    assertThat(copy.parameters()).extracting(p -> p.name()).containsExactly("contact_id");
    TypeRef getBody = SpecFixture.operation(model, "getContact").successType().orElseThrow();
    assertThat(copy.successType()).contains(getBody);
    // A component that only refers to another schema is an alias: uses get the target's type.
    assertThat(model.typesByName()).containsOnlyKeys("GetContactResponse", "WithSpace");
  }

  @Test
  void recursiveSchemaRefersToItselfByName() {
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Node:
              type: object
              properties:
                name: {type: string}
                parent: {$ref: '#/components/schemas/Node'}
                children:
                  type: array
                  items: {$ref: '#/components/schemas/Node'}
        """));
    ObjectType node = SpecFixture.type(model, "Node", ObjectType.class);
    assertThat(node.property("parent").orElseThrow().type()).isEqualTo(named("Node"));
    assertThat(node.property("children").orElseThrow().type()).isEqualTo(new TypeRef.ArrayOf(named("Node")));
  }

  @Test
  void mutuallyRecursiveSchemas() {
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Team:
              type: object
              properties:
                members: {type: array, items: {$ref: '#/components/schemas/Member'}}
            Member:
              type: object
              properties:
                team: {$ref: '#/components/schemas/Team'}
        """));
    assertThat(property(model, "Team", "members").type()).isEqualTo(new TypeRef.ArrayOf(named("Member")));
    assertThat(property(model, "Member", "team").type()).isEqualTo(named("Team"));
  }

  @Test
  void siblingsOfARefIn31AreKept() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Conversation:
              type: object
              properties:
                contact:
                  $ref: '#/components/schemas/Contact'
                  summary: The contact
                  description: Who the conversation is with.
            Contact:
              type: object
              description: A person.
              properties:
                id: {type: string}
        """));
    assertThat(specs.messages(result)).isEmpty();
    Property contact = property(specs.model(result), "Conversation", "contact");
    assertThat(contact.type()).isEqualTo(named("Contact"));
    assertThat(contact.description()).isEqualTo("Who the conversation is with.");
  }

  @Test
  void nullableBesideARefIn30MakesThePropertyNullable() {
    LoadResult result = specs.load("spec.yaml", """
        openapi: 3.0.3
        info: {title: Test API, version: '1'}
        paths: {}
        components:
          schemas:
            Conversation:
              type: object
              properties:
                assignee:
                  $ref: '#/components/schemas/Teammate'
                  nullable: true
                author:
                  $ref: '#/components/schemas/Teammate'
            Teammate:
              type: object
              properties:
                id: {type: string}
        """);
    assertThat(specs.messages(result)).isEmpty();
    ApiModel model = specs.model(result);
    assertThat(property(model, "Conversation", "assignee").nullable()).isTrue();
    assertThat(property(model, "Conversation", "assignee").type()).isEqualTo(named("Teammate"));
    assertThat(property(model, "Conversation", "author").nullable()).isFalse();
  }

  @Test
  void otherSiblingsOfARefAreReportedAndIgnored() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Conversation:
              type: object
              properties:
                contact:
                  $ref: '#/components/schemas/Contact'
                  type: string
                  maxLength: 3
            Contact:
              type: object
              properties:
                id: {type: string}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:13:11: warning: keys beside $ref are ignored: type, maxLength "
            + "(at /components/schemas/Conversation/properties/contact/type)");
    assertThat(property(specs.model(result), "Conversation", "contact").type()).isEqualTo(named("Contact"));
  }

  @Test
  void aChainOfPureReferencesIsFollowed() {
    ApiModel model = specs.model("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Holder:
              type: object
              properties:
                a: {$ref: '#/components/schemas/Alias1'}
            Alias1: {$ref: '#/components/schemas/Alias2'}
            Alias2: {$ref: '#/components/schemas/Target'}
            Target: {type: object, properties: {x: {type: string}}}
        """));
    assertThat(property(model, "Holder", "a").type()).isEqualTo(named("Target"));
  }

  @Test
  void resolverFollowsReferencesOnTheRawTree() {
    Diagnostics diagnostics = new Diagnostics();
    SpecFiles files = new SpecFiles(LoaderLimits.DEFAULTS, diagnostics);
    Path spec = specs.write("raw.yaml", "a: {$ref: '#/b~1c/0'}\nb/c: [{x: 1}]\n");
    RefResolver resolver = new RefResolver(files, dir, diagnostics);
    MapNode root = (MapNode) files.document(spec).orElseThrow();
    Node target = resolver.resolve(root.get("a").orElseThrow()).orElseThrow();
    assertThat(target.location().pointer()).isEqualTo("/b~1c/0");
    assertThat(target.location().line()).isEqualTo(2);
    assertThat(RefResolver.refOf(root.get("a").orElseThrow())).contains("#/b~1c/0");
    assertThat(diagnostics.all()).isEmpty();
  }

  // ---- what fails ----------------------------------------------------------------------------

  @Test
  void unknownTarget() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Contact:
              type: object
              properties:
                conversations:
                  type: array
                  items: {$ref: '#/components/schemas/Conversatoin'}
            Conversation: {type: object, properties: {id: {type: string}}}
        """));
    assertThat(result.succeeded()).isFalse();
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:13:25: error: unknown $ref '#/components/schemas/Conversatoin' "
            + "(at /components/schemas/Contact/properties/conversations/items/$ref)");
  }

  @Test
  void missingFile() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Contact: {$ref: './common.yaml#/components/schemas/Contact'}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:21: error: $ref './common.yaml#/components/schemas/Contact' names a file that "
            + "does not exist: common.yaml (at /components/schemas/Contact/$ref)");
  }

  @Test
  void missingTargetInAnotherFile() {
    specs.write("common.yaml", "components:\n  schemas:\n    Contact: {type: object}\n");
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Contact: {$ref: './common.yaml#/components/schemas/Contacts'}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:21: error: unknown $ref './common.yaml#/components/schemas/Contacts' "
            + "(at /components/schemas/Contact/$ref)");
  }

  @Test
  void referenceToItself() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Loop:
              $ref: '#/components/schemas/Loop'
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:9:13: error: $ref '#/components/schemas/Loop' refers back to itself "
            + "(spec.yaml#/components/schemas/Loop) (at /components/schemas/Loop/$ref)");
  }

  @Test
  void twoStepCycle() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            Ping: {$ref: '#/components/schemas/Pong'}
            Pong: {$ref: '#/components/schemas/Ping'}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:18: error: $ref '#/components/schemas/Pong' refers back to itself "
            + "(spec.yaml#/components/schemas/Pong -> spec.yaml#/components/schemas/Ping) "
            + "(at /components/schemas/Ping/$ref)",
        "spec.yaml:9:18: error: $ref '#/components/schemas/Ping' refers back to itself "
            + "(spec.yaml#/components/schemas/Ping -> spec.yaml#/components/schemas/Pong) "
            + "(at /components/schemas/Pong/$ref)");
  }

  @Test
  void referenceThatLeavesTheSpecFolder() {
    specs.write("outside.yaml", "X: {type: string}\n");
    specs.write("api/spec.yaml", SpecFixture.openApi31("", """
          schemas:
            X: {$ref: '../outside.yaml#/X'}
        """));
    assertThat(specs.messages(specs.load("api/spec.yaml"))).containsExactly(
        "api/spec.yaml:8:15: error: $ref '../outside.yaml#/X' leaves the folder api that references "
            + "are confined to (widen it with the refRoot option) (at /components/schemas/X/$ref)");
  }

  @Test
  void absoluteFileReferenceOutsideTheSpecFolder() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            X: {$ref: '/etc/passwd#/X'}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:15: error: $ref '/etc/passwd#/X' leaves the folder <dir> that references "
            + "are confined to (widen it with the refRoot option) (at /components/schemas/X/$ref)");
  }

  @Test
  void remoteReference() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            X: {$ref: 'https://example.com/schemas.yaml#/X'}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:15: error: $ref 'https://example.com/schemas.yaml#/X' is a remote reference; "
            + "only files are supported (at /components/schemas/X/$ref)");
  }

  @Test
  void malformedPointers() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            A: {$ref: '#components/schemas/B'}
            B: {$ref: '#/components/schemas/~2'}
            C: {$ref: '#/components/schemas/%zz'}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:15: error: $ref '#components/schemas/B' has a malformed JSON pointer: "
            + "a JSON pointer must start with '/' (at /components/schemas/A/$ref)",
        "spec.yaml:9:15: error: $ref '#/components/schemas/~2' has a malformed JSON pointer: "
            + "'~' must be followed by 0 or 1 in a JSON pointer (at /components/schemas/B/$ref)",
        "spec.yaml:10:15: error: $ref '#/components/schemas/%zz' has a malformed JSON pointer: "
            + "bad percent-escape in '/components/schemas/%zz' (at /components/schemas/C/$ref)");
  }

  @Test
  void aRefThatIsNotAStringIsReported() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("", """
          schemas:
            A: {$ref: 42}
        """));
    assertThat(specs.messages(result)).containsExactly(
        "spec.yaml:8:15: error: '$ref' must be a string, found a number (at /components/schemas/A/$ref)");
  }

  @Test
  void brokenReferencesInEveryPlaceAreAllReported() {
    LoadResult result = specs.load("spec.yaml", SpecFixture.openApi31("""
          /a:
            parameters:
              - $ref: '#/components/parameters/Nope'
            get:
              requestBody: {$ref: '#/components/requestBodies/Nope'}
              responses:
                '200': {$ref: '#/components/responses/Nope'}
          /b: {$ref: '#/components/pathItems/Nope'}
        """, ""));
    List<String> messages = specs.messages(result);
    assertThat(messages).containsExactly(
        "spec.yaml:7:15: error: unknown $ref '#/components/parameters/Nope' (at /paths/~1a/parameters/0/$ref)",
        "spec.yaml:9:27: error: unknown $ref '#/components/requestBodies/Nope' (at /paths/~1a/get/requestBody/$ref)",
        "spec.yaml:11:23: error: unknown $ref '#/components/responses/Nope' (at /paths/~1a/get/responses/200/$ref)",
        "spec.yaml:12:14: error: unknown $ref '#/components/pathItems/Nope' (at /paths/~1b/$ref)");
  }

  @Test
  void jsonPointerHelpers() {
    assertThat(JsonPointers.child("", "paths")).isEqualTo("/paths");
    assertThat(JsonPointers.child("/paths", "/contacts/{id}")).isEqualTo("/paths/~1contacts~1{id}");
    assertThat(JsonPointers.child("/a", "x~y")).isEqualTo("/a/x~0y");
    assertThat(JsonPointers.child("/a", 3)).isEqualTo("/a/3");
    assertThat(JsonPointers.parseFragment("")).isEmpty();
    assertThat(JsonPointers.parseFragment("/a~1b/c~0d/%7Bid%7D/~01"))
        .containsExactly("a/b", "c~d", "{id}", "~1");
    assertThat(JsonPointers.parseFragment("/")).containsExactly("");
  }
}
