package dev.specgen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas named like the classes the generator adds to a package (the client, a request record,
 * the support class, the exceptions) or like JDK classes: every type is generated under a name of its own, each
 * rename is a located warning, and everything compiles.
 */
class NameClashTest {

  @TempDir Path dir;

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Pets API, version: '1'}
      paths:
        /pets:
          get:
            operationId: listPets
            parameters: [{name: limit, in: query, schema: {type: integer}}]
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/PetsClient'}}}
              '404':
                description: no pets
                content: {application/json: {schema: {$ref: '#/components/schemas/PetsNotFoundException'}}}
          post:
            operationId: addPet
            requestBody:
              content: {application/json: {schema: {$ref: '#/components/schemas/AddPetRequest'}}}
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/ModelSupport'}}}
      components:
        schemas:
          PetsClient: {type: object, properties: {name: {type: string}, list: {$ref: '#/components/schemas/List'}}}
          AddPetRequest: {type: object, properties: {owner: {$ref: '#/components/schemas/String'}}}
          AddPetParams: {type: object, properties: {id: {type: integer}}}
          ModelSupport: {type: object, properties: {object: {$ref: '#/components/schemas/Object'}}}
          String: {type: object, properties: {value: {type: string}}}
          Object: {type: object, properties: {value: {type: string}}}
          List: {type: object, properties: {items: {type: array, items: {type: string}}}}
          ListPetsRequest: {type: object, properties: {n: {type: integer}}}
          PetsApiException: {type: object, properties: {code: {type: integer}}}
          PetsNotFoundException: {type: object, properties: {message: {type: string}}}
      """;

  @Test
  void everyClassGetsANameOfItsOwnWithALocatedWarning() throws IOException {
    Path spec = dir.resolve("pets.yaml");
    Files.writeString(spec, SPEC);
    Path out = dir.resolve("out");
    GenerationResult result = new Generator().generate(GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "com.example.pets")), out));

    assertThat(result.diagnostics().stream().map(d -> d.format().replace(dir + "/", ""))).containsExactly(
        "pets.yaml:25:17: warning: type `PetsClient` has the name of the client class, which is generated as "
            + "`PetsClient2` instead; used by operation listPets (at /components/schemas/PetsClient)",
        "pets.yaml:26:20: warning: type `AddPetRequest` has the name of the request record of operation "
            + "'addPet', which is generated as `AddPetRequest2` instead; used by operation addPet "
            + "(at /components/schemas/AddPetRequest)",
        "pets.yaml:29:13: warning: schema 'String' is generated as `StringModel`: `String` is a JDK class or a "
            + "name the generated code uses (at /components/schemas/String)",
        "pets.yaml:30:13: warning: schema 'Object' is generated as `ObjectModel`: `Object` is a JDK class or a "
            + "name the generated code uses (at /components/schemas/Object)",
        "pets.yaml:31:11: warning: schema 'List' is generated as `ListModel`: `List` is a JDK class or a "
            + "name the generated code uses (at /components/schemas/List)",
        "pets.yaml:32:22: warning: type `ListPetsRequest` has the name of the request record of operation "
            + "'listPets', which is generated as `ListPetsParams` instead (at /components/schemas/ListPetsRequest)",
        "pets.yaml:33:23: warning: type `PetsApiException` has the name of the API's exception class, which is "
            + "generated as `PetsApiException2` instead (at /components/schemas/PetsApiException)",
        "pets.yaml:34:28: warning: type `PetsNotFoundException` has the name of the exception of status 404, "
            + "which is generated as `PetsNotFoundErrorException` instead; used by operation listPets "
            + "(at /components/schemas/PetsNotFoundException)");

    Map<String, String> sources = SpecgenTestKit.javaSources(out);
    assertThat(sources.keySet()).containsExactlyInAnyOrder(
        "com/example/pets/PetsClient.java", "com/example/pets/PetsClient2.java",
        "com/example/pets/AddPetRequest.java", "com/example/pets/AddPetRequest2.java",
        "com/example/pets/AddPetParams.java", "com/example/pets/ModelSupport.java",
        "com/example/pets/StringModel.java",
        "com/example/pets/ObjectModel.java", "com/example/pets/ListModel.java", "com/example/pets/ListPetsRequest.java",
        "com/example/pets/ListPetsParams.java", "com/example/pets/PetsApiException.java",
        "com/example/pets/PetsApiException2.java", "com/example/pets/PetsNotFoundException.java",
        "com/example/pets/PetsNotFoundErrorException.java", "com/example/pets/package-info.java");
    assertThat(sources.get("com/example/pets/PetsNotFoundErrorException.java"))
        .contains("public class PetsNotFoundErrorException extends PetsApiException2",
            "public @Nullable PetsNotFoundException body()");
    assertThat(sources.get("com/example/pets/PetsClient2.java"))
        .contains("public final class PetsClient2", "public PetsClient listPets(ListPetsParams request)");
    assertThat(sources.get("com/example/pets/PetsClient.java")).contains("public record PetsClient(");
    InMemoryCompiler.create().compile(sources).assertSucceeded();
  }
}
