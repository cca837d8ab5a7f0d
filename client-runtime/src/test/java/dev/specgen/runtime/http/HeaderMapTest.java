package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMapTest {

  @Test
  void namesCompareWithoutCase() {
    HeaderMap headers = HeaderMap.builder().add("Set-Cookie", "a=1").add("set-cookie", "b=2").set("ETag", "\"x\"").build();

    assertThat(headers.all("SET-COOKIE")).containsExactly("a=1", "b=2");
    assertThat(headers.first("etag")).contains("\"x\"");
    assertThat(headers.contains("Etag")).isTrue();
    assertThat(headers.first("Missing")).isEmpty();
  }

  @Test
  void aCopiedMapKeepsEveryValueOfEverySpellingAndChecksThemAll() {
    Map<String, List<String>> received = new LinkedHashMap<>();
    received.put("Set-Cookie", List.of("a=1"));
    received.put("set-cookie", List.of("b=2"));
    received.put("X-Empty", List.of());

    HeaderMap headers = HeaderMap.of(received);

    assertThat(headers.all("SET-COOKIE")).containsExactly("a=1", "b=2");
    assertThat(headers.names()).containsExactly("Set-Cookie");
    assertThatThrownBy(() -> HeaderMap.of(Map.of("X-Name", List.of("ok", "a\nb"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Name");
    assertThatThrownBy(() -> HeaderMap.of(Map.of("Bad Name", List.of("ok"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void setReplacesEveryEarlierValue() {
    HeaderMap headers = HeaderMap.builder().add("Accept", "a").add("Accept", "b").set("accept", "c").build();

    assertThat(headers.all("Accept")).containsExactly("c");
  }

  @Test
  void toStringListsNamesButNoValues() {
    HeaderMap headers = HeaderMap.of(Map.of("Authorization", List.of("Bearer secret-value")));

    assertThat(headers.toString()).contains("Authorization").doesNotContain("secret-value");
  }

  @Test
  void lineBreaksAndNulsInValuesAreRefused() {
    for (String value : List.of("a\rb", "a\nb", "a\u0000b")) {
      assertThatThrownBy(() -> HeaderMap.builder().set("X-Name", value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("X-Name");
    }
  }

  @Test
  void responseBodyTextUsesTheDeclaredCharset() {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    HeaderMap headers = HeaderMap.builder().set("Content-Type", "text/plain; charset=ISO-8859-1").build();

    assertThat(new TransportResponse(200, headers, latin1).bodyText()).isEqualTo("café");
    assertThat(new TransportResponse(200, HeaderMap.empty(), "café".getBytes(StandardCharsets.UTF_8)).bodyText())
        .isEqualTo("café");
  }

  @Test
  void responseBodyIsAReadOnlyViewOfTheOneArrayNotACopy() {
    byte[] bytes = "{\"a\":1}xxxx".getBytes(StandardCharsets.UTF_8);
    TransportResponse response = new TransportResponse(200, HeaderMap.empty(), bytes, 7, false, 1);

    java.nio.ByteBuffer body = response.body();
    bytes[2] = 'b';

    assertThat(body.isReadOnly()).isTrue();
    assertThat(body.remaining()).isEqualTo(7);
    assertThat(body.get(2)).as("a view of the same array").isEqualTo((byte) 'b');
    assertThat(response.bodyText()).isEqualTo("{\"b\":1}");
    assertThatThrownBy(() -> body.put(0, (byte) 'x')).isInstanceOf(java.nio.ReadOnlyBufferException.class);
  }
}
