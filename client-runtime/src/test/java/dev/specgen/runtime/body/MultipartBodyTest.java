package dev.specgen.runtime.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.http.StreamingBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multipart bodies are laid out lazily, with a length when every part's length is known. */
class MultipartBodyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String read(StreamingBody body) throws IOException {
    try (InputStream in = body.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void partsAreWrittenInOrderAndTheLengthIsKnown() throws IOException {
    StreamingBody body = MultipartBody.builder()
        .text("caption", "hi")
        .text("tags", List.of("a", "b"))
        .json("meta", Map.of("w", 2))
        .file("photo", BinaryData.of(new byte[] {'x', 'y'}).withFileName("p\"1\r\n.png"), "image/png")
        .text("absent", null)
        .build()
        .encode(MAPPER, "B");

    String text = read(body);

    assertThat(text).isEqualTo("--B\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"w\":2}\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p%221%0D%0A.png\"\r\n"
        + "Content-Type: image/png\r\n\r\nxy\r\n"
        + "--B--\r\n");
    assertThat(body.length()).hasValue(text.getBytes(StandardCharsets.UTF_8).length);
    assertThat(read(body)).as("a body of arrays can be sent again on a retry").isEqualTo(text);
  }

  @Test
  void aStreamOfUnknownLengthIsSentChunkedAndOnlyOnce() throws IOException {
    StreamingBody body = MultipartBody.builder()
        .file("data", BinaryData.of(new ByteArrayInputStream(new byte[] {1})))
        .build()
        .encode(MAPPER, "B");

    assertThat(body.length()).isEmpty();
    assertThat(read(body)).contains("filename=\"data\"", "Content-Type: application/octet-stream");
    assertThatThrownBy(() -> read(body))
        .isInstanceOf(IOException.class)
        .hasMessage("an InputStream body can be sent once only; give a Path or a byte[] to allow retries");
  }

  @Test
  void anObjectHoldingFilesIsSentAsBracketedParts() throws IOException {
    record Profile(String name, byte[] avatar) {}
    StreamingBody body = MultipartBody.builder()
        .nested("profile", new Profile("Amy", new byte[] {'A'}))
        .build()
        .encode(MAPPER, "B");

    assertThat(read(body)).isEqualTo("--B\r\nContent-Disposition: form-data; name=\"profile[name]\"\r\n\r\nAmy\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"profile[avatar]\"; filename=\"avatar\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\nA\r\n--B--\r\n");
  }
}
