package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client of {@code media-types.yaml} sends each request body in the media type the
 * spec declares, as a real server on 127.0.0.1 receives it.
 */
class MediaTypesRequestTest {

  private final MediaServer server = MediaServer.start()
      .recording("/pets/p1/photo", 201, "application/json", "{\"id\":\"ph1\"}")
      .recording("/pets/p1/notes", 204, null, "")
      .recording("/pets/search", 200, "text/plain; charset=UTF-8", "2 matches")
      .recording("/pets/p1", 200, "application/json", "{\"name\":\"Rex\"}");

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void multipartCarriesTheFileBytesNamesContentTypesAndTheCaption(@TempDir Path dir) throws IOException {
    byte[] photo = new byte[70_000];
    for (int i = 0; i < photo.length; i++) {
      photo[i] = (byte) (i * 31 + i / 256); // every byte value, CR and LF and '-' included
    }
    Path file = Files.write(dir.resolve("cat.png"), photo);

    Object id = MediaClients.scenario("upload", server.baseUrl(), file,
        new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)));

    assertThat(id).isEqualTo("ph1");
    MediaServer.Received request = server.last();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(request.header("Content-Length")).isEqualTo(Integer.toString(request.body().length));
    List<Multipart.Part> parts = Multipart.parse(request.header("Content-Type"), request.body());
    assertThat(parts).extracting(Multipart.Part::name)
        .containsExactly("photo", "caption", "tags", "tags", "metadata", "extras", "extras");
    Multipart.Part photoPart = parts.get(0);
    assertThat(photoPart.fileName()).isEqualTo("cat.png");
    assertThat(photoPart.contentType()).isEqualTo("image/png");
    assertThat(photoPart.content()).isEqualTo(photo);
    assertThat(parts.get(1).text()).isEqualTo("A cat, \"smiling\"");
    assertThat(parts.get(1).fileName()).isNull();
    assertThat(parts.get(1).contentType()).isNull();
    assertThat(parts.get(2).text()).isEqualTo("cat");
    assertThat(parts.get(3).text()).isEqualTo("cute");
    assertThat(parts.get(4).contentType()).isEqualTo("application/json");
    assertThat(parts.get(4).text()).isEqualTo("{\"width\":2,\"height\":1}");
    assertThat(parts.get(5).fileName()).isEqualTo("a.bin");
    assertThat(parts.get(5).contentType()).isEqualTo("application/octet-stream");
    assertThat(parts.get(5).content()).containsExactly(1, 2, 3);
    assertThat(parts.get(6).fileName()).isEqualTo("b.txt");
    assertThat(parts.get(6).contentType()).isEqualTo("text/plain");
    assertThat(parts.get(6).text()).isEqualTo("notes");
  }

  @Test
  void mergePatchBodyIsSentWithItsContentType() {
    MediaClients.scenario("patch", server.baseUrl());

    MediaServer.Received request = server.last();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.header("Content-Type")).isEqualTo("application/merge-patch+json");
    assertThat(request.text()).isEqualTo("{\"name\":\"Rex\"}");

    MediaClients.scenario("patchAsPlainJson", server.baseUrl()); // the second JSON type is named after it
    assertThat(server.last().header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void aMergePatchBodyClearsAFieldWithAnExplicitNull() {
    MediaClients.scenario("clearOwner", server.baseUrl());

    MediaServer.Received request = server.last();
    assertThat(request.header("Content-Type")).isEqualTo("application/merge-patch+json");
    assertThat(request.text()).isEqualTo("{\"owner\":null}"); // null clears it; absent keys stay untouched
  }

  @Test
  void formBodyIsEncodedPerTheEncodingObjectAndTextResponseIsAString() {
    Object matches = MediaClients.scenario("search", server.baseUrl());

    assertThat(matches).isEqualTo("2 matches");
    MediaServer.Received request = server.last();
    assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.header("Accept")).isEqualTo("text/plain");
    // name: form (default); tags: form, explode false; ids: pipeDelimited; filter: deepObject
    assertThat(request.text().split("&")).containsExactly(
        "name=Rex%20%26%20co", "tags=a,b%20c", "ids=1%7C2", "filter%5Bkind%5D=cat", "filter%5Bage%5D=3");
  }

  @Test
  void anOperationWithSeveralMediaTypesSendsTheOneSet() {
    MediaClients.scenario("notesAsJson", server.baseUrl());
    assertThat(server.last().header("Content-Type")).isEqualTo("application/json");
    assertThat(server.last().text()).isEqualTo("{\"text\":\"hi\"}");

    MediaClients.scenario("notesAsForm", server.baseUrl());
    assertThat(server.last().header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(server.last().text()).isEqualTo("text=hi%20there");

    MediaClients.scenario("notesAsText", server.baseUrl());
    assertThat(server.last().header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
    assertThat(server.last().text()).isEqualTo("héllo");
  }

  @Test
  void aRequestTakesExactlyOneOfItsBodies() {
    assertThatThrownBy(() -> MediaClients.scenario("notesWithTwoBodies"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ReplacePetNotesRequest can send only one body; set just one of body, formBody, textBody");
    assertThatThrownBy(() -> MediaClients.scenario("notesWithoutBody"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ReplacePetNotesRequest is missing required values: one of body, formBody, textBody");
  }
}
