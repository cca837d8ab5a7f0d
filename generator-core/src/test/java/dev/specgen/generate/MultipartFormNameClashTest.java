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
 * The form type of a multipart request body takes its name from the package's namespace: a schema
 * that already has the name {@code <Op>Multipart} keeps it, the form becomes {@code
 * <Op>MultipartForm}, the rename is a located warning, and the client sends the form type.
 */
class MultipartFormNameClashTest {

  @TempDir Path dir;

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Photos API, version: '1'}
      paths:
        /photos:
          post:
            operationId: uploadPhoto
            requestBody:
              content:
                multipart/form-data: {schema: {$ref: '#/components/schemas/PhotoUpload'}}
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/UploadPhotoMultipart'}}}
        /albums:
          post:
            operationId: createAlbum
            requestBody:
              content:
                multipart/form-data: {schema: {$ref: '#/components/schemas/AlbumUpload'}}
            responses:
              '204': {description: created}
      components:
        schemas:
          PhotoUpload:
            type: object
            properties: {file: {type: string, format: binary}, caption: {type: string}}
          AlbumUpload:
            type: object
            properties: {cover: {type: string, format: binary}}
          UploadPhotoMultipart: {type: object, properties: {id: {type: string}}}
      """;

  @Test
  void aSchemaWithTheFormsNameKeepsItAndTheFormIsRenamedWithALocatedWarning() throws IOException {
    Path spec = dir.resolve("photos.yaml");
    Files.writeString(spec, SPEC);
    Path out = dir.resolve("out");
    GenerationResult result = new Generator().generate(GeneratorOptions.sourcesOnly(
        List.of(new SpecInput(spec, "com.example.photos")), out));

    assertThat(result.diagnostics().stream().map(d -> d.format().replace(dir + "/", ""))).containsExactly(
        "photos.yaml:30:27: warning: type `UploadPhotoMultipart` has the name of the multipart form type of "
            + "operation 'uploadPhoto', which is generated as `UploadPhotoMultipartForm` instead"
            + "; used by operation uploadPhoto (at /components/schemas/UploadPhotoMultipart)");

    Map<String, String> sources = SpecgenTestKit.javaSources(out);
    assertThat(sources.keySet()).contains(
        "com/example/photos/UploadPhotoMultipart.java", "com/example/photos/UploadPhotoMultipartForm.java",
        "com/example/photos/CreateAlbumMultipart.java");
    assertThat(sources.get("com/example/photos/UploadPhotoMultipart.java"))
        .contains("public record UploadPhotoMultipart(");
    assertThat(sources.get("com/example/photos/UploadPhotoMultipartForm.java"))
        .contains("public record UploadPhotoMultipartForm(");
    assertThat(sources.get("com/example/photos/UploadPhotoRequest.java"))
        .contains("UploadPhotoMultipartForm multipartBody");
    InMemoryCompiler.create().compile(sources).assertSucceeded();
  }
}
