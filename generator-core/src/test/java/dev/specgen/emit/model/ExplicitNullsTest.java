package dev.specgen.emit.model;

import static dev.specgen.testing.Invoke.call;
import static dev.specgen.testing.Invoke.callStatic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.read.SpecFixture;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.JsonTrees;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nullable property tells an explicit {@code null} from an absent property, on read and write, in
 * a record, a list element, a map value and a union variant; a builder sets an explicit null to
 * clear a field in a merge-patch body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplicitNullsTest {

  private static final ObjectMapper MAPPER = SpecgenJson.newObjectMapper();

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Issues, version: '1'}
      paths:
        /issues/{id}:
          patch:
            operationId: updateIssue
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            requestBody:
              content:
                application/merge-patch+json:
                  schema: {$ref: '#/components/schemas/IssuePatch'}
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/Issue'}}}
      components:
        schemas:
          User: {type: object, properties: {login: {type: string}, name: {type: string, nullable: true}}}
          Team:
            type: object
            required: [team]
            properties: {team: {type: string}, lead: {type: string, nullable: true}}
          Owner: {oneOf: [{$ref: '#/components/schemas/User'}, {$ref: '#/components/schemas/Team'}]}
          Issue:
            type: object
            properties:
              title: {type: string}
              assignee: {type: string, nullable: true}
              users: {type: array, items: {$ref: '#/components/schemas/User'}}
              byLogin: {type: object, additionalProperties: {$ref: '#/components/schemas/User'}}
              owner: {$ref: '#/components/schemas/Owner'}
          IssuePatch:
            type: object
            properties:
              title: {type: string}
              assignee: {type: string, nullable: true}
      """;

  private InMemoryCompiler.Compilation code;

  @BeforeAll
  void compile(@TempDir Path dir) {
    var model = new SpecFixture(dir).model("issues.yaml", SPEC);
    code = InMemoryCompiler.create().compileFiles(SpecgenTestKit.sources(model, "dev.specgen.nulls", false)).assertSucceeded();
  }

  private Class<?> type(String name) {
    return code.loadClass("dev.specgen.nulls." + name);
  }

  private Object read(String json, Class<?> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  @Test
  void explicitNullsRoundTripAtEveryLevel() throws Exception {
    String json = """
        {"title": "t", "assignee": null,
         "users": [{"login": "a", "name": null}, {"login": "b"}],
         "byLogin": {"a": {"login": "a", "name": null}},
         "owner": {"team": "core", "lead": null}}
        """;
    Object issue = read(json, type("Issue"));

    JsonTrees.assertSame(MAPPER, json, MAPPER.writeValueAsString(issue));
    assertThat(call(issue, "assignee")).isNull();
    assertThat(call(issue, "additionalProperties")).asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("assignee", null);
  }

  @Test
  void absentPropertiesStayAbsent() throws Exception {
    String json = "{\"title\": \"t\", \"users\": [{\"login\": \"b\"}], \"owner\": {\"team\": \"core\"}}";
    JsonTrees.assertSame(MAPPER, json, MAPPER.writeValueAsString(read(json, type("Issue"))));
  }

  @Test
  void aBuilderClearsAFieldForAMergePatchBody() throws Exception {
    Object builder = callStatic(type("IssuePatch"), "builder");
    call(builder, "title", "New title");
    call(builder, "assigneeNull");
    Object patch = call(builder, "build");
    JsonTrees.assertSame(MAPPER, "{\"title\": \"New title\", \"assignee\": null}", MAPPER.writeValueAsString(patch));

    Object reassigned = call(call(call(patch, "toBuilder"), "assignee", "bob"), "build");
    JsonTrees.assertSame(MAPPER, "{\"title\": \"New title\", \"assignee\": \"bob\"}",
        MAPPER.writeValueAsString(reassigned));
    Object untouched = call(call(callStatic(type("IssuePatch"), "builder"), "title", "t"), "build");
    JsonTrees.assertSame(MAPPER, "{\"title\": \"t\"}", MAPPER.writeValueAsString(untouched));
  }
}
