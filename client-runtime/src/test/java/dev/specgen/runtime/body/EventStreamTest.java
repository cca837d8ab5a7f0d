package dev.specgen.runtime.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.http.HeaderMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event streams are parsed by the WHATWG rules: fields, comments, multi-line data, ids and retry. */
class EventStreamTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static <T> EventStream<T> stream(String text, Class<T> type) {
    return new EventStream<>(200, HeaderMap.builder().build(),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), MAPPER, MAPPER.constructType(type),
        new FailedCall("op", HttpMethod.GET, "http://127.0.0.1/events", List.of()));
  }

  @Test
  void fieldsCommentsAndLineEndingsFollowTheRules() {
    String text = ": a comment\r\n"
        + "event: update\r\n"
        + "id: 7\r\n"
        + "retry: 1500\r\n"
        + "data: first line\r\n"
        + "data:second line\r\n"
        + "\r\n"
        + "id: 8\n"
        + "\n" // an event without data is not dispatched, but its id is kept
        + "data\r"
        + "retry: soon\r"
        + "\r"
        + "data: unterminated";  // the stream ends before the blank line: discarded
    try (EventStream<String> events = stream(text, String.class)) {
      List<ServerSentEvent<String>> all = events.stream().toList();

      assertThat(all).hasSize(2);
      assertThat(all.get(0)).isEqualTo(new ServerSentEvent<>("update", "7", Duration.ofMillis(1500),
          "first line\nsecond line", "first line\nsecond line"));
      assertThat(all.get(1)).isEqualTo(new ServerSentEvent<>("message", "8", null, "", ""));
      assertThat(events.lastEventId()).hasValue("8");
      assertThat(events.next()).isEmpty();
    }
  }

  @Test
  void dataDecodesIntoTheTypeAndBadDataIsADecodeError() {
    try (EventStream<JsonNode> events = stream("data: {\"a\":1}\n\ndata: {oops\n\n", JsonNode.class)) {
      assertThat(events.next().orElseThrow().data().get("a").asInt()).isEqualTo(1);
      assertThatThrownBy(events::next)
          .isInstanceOf(ResponseDecodeException.class)
          .hasMessageContaining("op: an event's data is not a valid JsonNode");
    }
  }
}
