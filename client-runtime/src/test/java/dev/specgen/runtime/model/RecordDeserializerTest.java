package dev.specgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.specgen.runtime.json.SpecgenJson;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Records shaped as the generator writes them, read through {@link SpecgenJson#newObjectMapper()}. */
class RecordDeserializerTest {

  private final ObjectMapper mapper = SpecgenJson.newObjectMapper();

  /** An open enum as generated: a value class with a string creator. */
  static final class Status {
    private final String value;

    private Status(String value) {
      this.value = value;
    }

    @JsonCreator
    static Status of(String value) {
      return new Status(value);
    }

    @JsonValue
    String value() {
      return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Status status && status.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @ExplicitNulls({"assignee", "notes"})
  record Ticket(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("assignee") @Nullable String assignee,
      @JsonProperty("status") @Nullable Status status,
      @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
      @JsonProperty("score") @Nullable BigDecimal score,
      @JsonProperty("avatar") byte @Nullable [] avatar,
      @JsonProperty("tags") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class)
          List<String> tags,
      @JsonProperty("notes") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class)
          List<Note> notes,
      @JsonProperty("counts") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class)
          Map<String, Integer> counts,
      @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
          Map<String, Object> additionalProperties) {
    Ticket {
      tags = ModelSupport.copy(tags);
      notes = ModelSupport.copy(notes);
      counts = ModelSupport.copy(counts);
      additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Note(
      @JsonProperty("text") @Nullable String text,
      @JsonProperty("replies") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ModelSupport.Absent.class)
          List<Note> replies,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    Note {
      replies = ModelSupport.copy(replies);
      additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }
  }

  @Test
  void readsDeclaredPropertiesByTheirJsonNamesAndNestedRecords() throws Exception {
    Ticket ticket = mapper.readValue("""
        {"id": "t1", "status": "open", "created_at": "2024-02-29T13:45:30+02:00", "score": 2.50,
         "avatar": "AQID", "tags": ["a", "b"], "counts": {"x": 1},
         "notes": [{"text": "hi", "replies": [{"text": "re"}]}]}
        """, Ticket.class);

    assertThat(ticket.id()).isEqualTo("t1");
    assertThat(ticket.status()).isEqualTo(Status.of("open"));
    assertThat(ticket.createdAt()).isEqualTo(OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 0, ZoneOffset.ofHours(2)));
    assertThat(ticket.score()).isEqualTo(new BigDecimal("2.50"));
    assertThat(ticket.avatar()).containsExactly(1, 2, 3);
    assertThat(ticket.tags()).containsExactly("a", "b");
    assertThat(ticket.counts()).containsExactly(Map.entry("x", 1));
    assertThat(ticket.notes().get(0).text()).isEqualTo("hi");
    assertThat(ticket.notes().get(0).replies().get(0).text()).isEqualTo("re");
    assertThat(ticket.additionalProperties()).isEmpty();
  }

  @Test
  void aDecodedListIsTheRecordsOwnUnmodifiableListAndIsNotCopiedAgain() throws Exception {
    Ticket ticket = mapper.readValue("{\"id\": \"t1\", \"tags\": [\"a\", null, \"b\"]}", Ticket.class);

    assertThat(ticket.tags()).containsExactly("a", null, "b");
    assertThat(ModelSupport.copy(ticket.tags())).isSameAs(ticket.tags());
    assertThatThrownBy(() -> ticket.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDecodedMapAndTheUndeclaredPropertiesAreTheRecordsOwnAndAreNotCopiedAgain() throws Exception {
    Ticket ticket = mapper.readValue("{\"id\": \"t1\", \"counts\": {\"y\": 2, \"x\": null}, \"extra\": true}",
        Ticket.class);

    assertThat(ticket.counts()).containsExactly(Map.entry("y", 2), new AbstractMap.SimpleEntry<>("x", null));
    assertThat(ModelSupport.copy(ticket.counts())).isSameAs(ticket.counts());
    assertThat(ticket.additionalProperties()).containsExactly(Map.entry("extra", true));
    assertThat(ModelSupport.copyOrEmpty(ticket.additionalProperties())).isSameAs(ticket.additionalProperties());
    assertThatThrownBy(() -> ticket.counts().put("z", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ticket.additionalProperties().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(mapper.writeValueAsString(ticket)).isEqualTo("{\"id\":\"t1\",\"counts\":{\"y\":2,\"x\":null},\"extra\":true}");
  }

  @Test
  void readsPropertiesInAnyOrderAndWithoutInternedNames() throws Exception {
    String reversed = """
        {"counts": {"x": 1}, "tags": ["a"], "score": 1, "status": "open", "assignee": "u1", "id": "t1"}
        """;
    ObjectMapper notInterning =
        JsonMapper.builder(JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build())
            .addModule(new ModelModule())
            .build();

    for (ObjectMapper reader : List.of(mapper, notInterning)) {
      Ticket ticket = reader.readValue(reversed, Ticket.class);
      assertThat(ticket.id()).isEqualTo("t1");
      assertThat(ticket.assignee()).isEqualTo("u1");
      assertThat(ticket.status()).isEqualTo(Status.of("open"));
      assertThat(ticket.score()).isEqualTo(new BigDecimal("1"));
      assertThat(ticket.tags()).containsExactly("a");
      assertThat(ticket.counts()).containsExactly(Map.entry("x", 1));
      assertThat(ticket.additionalProperties()).isEmpty();
    }
  }

  @Test
  void unknownPropertiesAreKeptInOrderAndWrittenBackInOrder() throws Exception {
    String json = "{\"z_first\":1,\"id\":\"t1\",\"a_second\":{\"deep\":[1.50,null]},\"m_third\":null}";
    Ticket ticket = mapper.readValue(json, Ticket.class);

    assertThat(new ArrayList<>(ticket.additionalProperties().keySet())).containsExactly("z_first", "a_second", "m_third");
    assertThat(ticket.additionalProperties().get("a_second"))
        .isEqualTo(Map.of("deep", java.util.Arrays.asList(new BigDecimal("1.50"), null)));
    assertThat(mapper.writeValueAsString(ticket))
        .isEqualTo("{\"id\":\"t1\",\"z_first\":1,\"a_second\":{\"deep\":[1.50,null]},\"m_third\":null}");
  }

  @Test
  void anExplicitNullOfANullablePropertyIsKeptAndWrittenBack() throws Exception {
    Ticket ticket = mapper.readValue("{\"assignee\": null, \"id\": null}", Ticket.class);

    assertThat(ticket.assignee()).isNull();
    assertThat(ticket.id()).isNull();
    assertThat(ticket.additionalProperties()).containsOnlyKeys("assignee").containsEntry("assignee", null);
    assertThat(mapper.writeValueAsString(ticket)).isEqualTo("{\"assignee\":null}");
  }

  @Test
  void aValueAfterAnExplicitNullReplacesIt() throws Exception {
    Ticket ticket = mapper.readValue("{\"assignee\": null, \"assignee\": \"ann\"}", Ticket.class);

    assertThat(ticket.assignee()).isEqualTo("ann");
    assertThat(ticket.additionalProperties()).isEmpty();
  }

  @Test
  void absentListsAndMapsStayAbsentAndEmptyOnesStayEmpty() throws Exception {
    Ticket absent = mapper.readValue("{}", Ticket.class);
    Ticket empty = mapper.readValue("{\"tags\": [], \"counts\": {}}", Ticket.class);

    assertThat(absent.tags()).isEmpty();
    assertThat(empty.tags()).isEmpty();
    assertThat(mapper.writeValueAsString(absent)).isEqualTo("{}");
    assertThat(mapper.writeValueAsString(empty)).isEqualTo("{\"tags\":[],\"counts\":{}}");
  }

  @Test
  void aMissingRequiredPropertyStillReads() throws Exception {
    // servers forget required properties; reading is lenient, builders are strict
    Note note = mapper.readValue("{\"replies\": []}", Note.class);

    assertThat(note.text()).isNull();
    assertThat(note.replies()).isEmpty();
  }

  @Test
  void aValueOfTheWrongTypeFailsNamingTheRecordAndTheProperty() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\": 42}", Ticket.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Cannot coerce Integer value (42) to `java.lang.String`")
        .hasMessageContaining("RecordDeserializerTest$Ticket[\"id\"]");
    assertThatThrownBy(() -> mapper.readValue("{\"notes\": [{\"replies\": {}}]}", Ticket.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Ticket[\"notes\"]->java.util.ArrayList[0]->")
        .hasMessageContaining("Note[\"replies\"]");
    assertThatThrownBy(() -> mapper.readValue("{\"counts\": {\"x\": \"1\"}}", Ticket.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Ticket[\"counts\"]");
    assertThatThrownBy(() -> mapper.readValue("[1]", Ticket.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("from Array value");
  }

  @Test
  void anUnknownEnumValueIsKept() throws Exception {
    Ticket ticket = mapper.readValue("{\"status\": \"escalated\"}", Ticket.class);

    assertThat(ticket.status()).isEqualTo(Status.of("escalated"));
    assertThat(mapper.writeValueAsString(ticket)).isEqualTo("{\"status\":\"escalated\"}");
  }

  @Test
  void readsTheSameFromATreeAsFromText() throws Exception {
    String json = "{\"id\":\"t1\",\"assignee\":null,\"notes\":[{\"text\":\"hi\",\"x\":true}],\"extra\":[1]}";

    assertThat(mapper.treeToValue(mapper.readTree(json), Ticket.class).toString())
        .isEqualTo(mapper.readValue(json, Ticket.class).toString());
  }

  @Test
  void readsTheSameFromBytesTextAndAReaderWhateverTheOrderAndEscapesOfTheNames() throws Exception {
    // In declared order with an undeclared property between, out of order, and a name written
    // with an escape, which the parser's matching of the expected name's bytes must not miss.
    String json = """
        {"id": "t1", "assignee": "u1", "x-trace": 7, "status": "open", "created\\u005fat": "2024-02-29T13:45:30Z",
         "counts": {"x": 1}, "tags": ["a"], "score": 1}
        """;
    Ticket fromText = mapper.readValue(json, Ticket.class);

    assertThat(fromText.id()).isEqualTo("t1");
    assertThat(fromText.assignee()).isEqualTo("u1");
    assertThat(fromText.status()).isEqualTo(Status.of("open"));
    assertThat(fromText.createdAt()).isEqualTo(OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 0, ZoneOffset.UTC));
    assertThat(fromText.counts()).containsExactly(Map.entry("x", 1));
    assertThat(fromText.tags()).containsExactly("a");
    assertThat(fromText.score()).isEqualTo(new BigDecimal("1"));
    assertThat(fromText.additionalProperties()).containsExactly(Map.entry("x-trace", 7));
    assertThat(mapper.readValue(json.getBytes(StandardCharsets.UTF_8), Ticket.class).toString())
        .isEqualTo(fromText.toString());
    assertThat(mapper.readValue(new StringReader(json), Ticket.class).toString()).isEqualTo(fromText.toString());
  }

  @Test
  void readsARecordWhoseFirstPropertyNameWasAlreadyRead() throws Exception {
    try (JsonParser parser = mapper.createParser("{\"id\": \"t1\", \"tags\": [\"a\"], \"extra\": 1}")) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(parser.nextToken()).isEqualTo(JsonToken.FIELD_NAME);

      Ticket ticket = mapper.readValue(parser, Ticket.class);

      assertThat(ticket.id()).isEqualTo("t1");
      assertThat(ticket.tags()).containsExactly("a");
      assertThat(ticket.additionalProperties()).containsExactly(Map.entry("extra", 1));
    }
  }

  @Test
  void onlyRecordsWithAnAnySetterMapAreTakenOver() {
    record Plain(@JsonProperty("a") String a) {}

    assertThat(RecordDeserializer.reads(Ticket.class)).isTrue();
    assertThat(RecordDeserializer.reads(Plain.class)).isFalse();
    assertThat(RecordDeserializer.reads(String.class)).isFalse();
  }
}
