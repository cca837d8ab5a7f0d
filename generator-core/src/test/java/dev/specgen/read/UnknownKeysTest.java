package dev.specgen.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys an OpenAPI object does not define are reported where they stand, with the nearest field. */
class UnknownKeysTest {

  @TempDir Path dir;
  SpecFixture specs;

  @BeforeEach
  void setUp() {
    specs = new SpecFixture(dir);
  }

  @Test
  void typosInAnOperationNameTheNearestField() {
    LoadResult result = specs.load("api.yaml", """
        openapi: 3.1.0
        info: {title: Test API, version: '1'}
        paths:
          /pets:
            post:
              operationId: addPet
              paramters: []
              requestbody: {content: {application/json: {schema: {type: string}}}}
              reponses: {'200': {description: ok}}
              responses: {'200': {description: ok}}
        """);
    assertThat(specs.warnings(result)).containsExactly(
        "api.yaml:7:7: warning: `paramters` is not a field of an Operation; did you mean `parameters`? "
            + "(at /paths/~1pets/post/paramters)",
        "api.yaml:8:7: warning: `requestbody` is not a field of an Operation; did you mean `requestBody`? "
            + "(at /paths/~1pets/post/requestbody)",
        "api.yaml:9:7: warning: `reponses` is not a field of an Operation; did you mean `responses`? "
            + "(at /paths/~1pets/post/reponses)");
  }

  @Test
  void typosInComponentsAndSchemas() {
    LoadResult result = specs.load("api.yaml", """
        openapi: 3.0.3
        info: {title: Test API, version: '1'}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              requird: [name]
              properties:
                name: {type: string, maxLenght: 3}
          schemaz:
            Owner: {type: object}
        """);
    assertThat(specs.warnings(result)).containsExactly(
        "api.yaml:8:7: warning: `requird` is not a field of a Schema; did you mean `required`? "
            + "(at /components/schemas/Pet/requird)",
        "api.yaml:10:30: warning: `maxLenght` is not a field of a Schema; did you mean `maxLength`? "
            + "(at /components/schemas/Pet/properties/name/maxLenght)",
        "api.yaml:11:3: warning: `schemaz` is not a field of a Components object; did you mean `schemas`? "
            + "(at /components/schemaz)");
  }

  @Test
  void extensionsAndFarOffKeysAndReferencedFiles() {
    specs.write("common.yaml", """
        components:
          parameters:
            Limit: {name: limit, in: query, schema: {type: integer}, descriptoin: page size}
        """);
    LoadResult result = specs.load("api.yaml", """
        openapi: 3.1.0
        info: {title: Test API, version: '1', x-logo: {url: 'https://example.com'}}
        paths:
          /pets:
            get:
              parameters: [{$ref: './common.yaml#/components/parameters/Limit'}]
              responses:
                '200': {$ref: '#/components/responses/Ok', colour: red}
        components:
          responses:
            Ok: {description: ok, whatever: 1}
        """);
    assertThat(specs.warnings(result)).containsExactly(
        "api.yaml:8:52: warning: `colour` is not a field of a Reference; it is ignored "
            + "(at /paths/~1pets/get/responses/200/colour)",
        "api.yaml:11:27: warning: `whatever` is not a field of a Response; it is ignored; used by "
            + "operation getPets (at /components/responses/Ok/whatever)",
        "common.yaml:3:62: warning: `descriptoin` is not a field of a Parameter; did you mean `description`?; "
            + "used by operation getPets (at /components/parameters/Limit/descriptoin)");
  }

  @Test
  void providersPublishedSpecsHaveNoUnknownKeys() {
    Path real = RealSpecsTest.realSpecs();
    for (Path spec : List.of(real.resolve("chatwoot/swagger.json"),
        real.resolve("highlevel/apps/conversations.json"), real.resolve("highlevel/apps/contacts.json"))) {
      LoadResult result = new SpecLoader(LoadOptions.defaults().withRefRoot(real))
          .loadFile(spec);
      List<String> unknownKeys = result.diagnostics().warnings().stream()
          .map(d -> d.format()).filter(line -> line.contains("` is not a field of")).toList();
      System.out.println(real.relativize(spec) + ": " + unknownKeys.size() + " unknown-key warnings");
      assertThat(unknownKeys).as(spec.toString()).isEmpty();
    }
  }

  @Test
  void nearestNameAllowsMoreEditsForLongerNames() {
    assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearestName.among("tgs", List.of("tags", "summary"))).contains("tags");
    assertThat(NearestName.among("bogus", List.of("tags", "summary"))).isEmpty();
  }
}
