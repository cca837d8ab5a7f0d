package dev.specgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecgenJsonTest {

  private final ObjectMapper mapper = SpecgenJson.newObjectMapper();

  enum Status {
    OPEN("open"),
    ARCHIVED("archived"),
    @JsonEnumDefaultValue
    UNKNOWN("unknown");

    private final String json;

    Status(String json) {
      this.json = json;
    }

    @JsonValue
    String json() {
      return json;
    }
  }

  record Conversation(
      @JsonProperty("id") String id,
      @JsonProperty("created_at") BigDecimal createdAt,
      @JsonProperty("status") Status status,
      @JsonProperty("subject") String subject) {}

  record Stamped(
      @JsonProperty("at") OffsetDateTime at,
      @JsonProperty("day") LocalDate day,
      @JsonProperty("instant") Instant instant) {}

  static final class Extensible {
    private final String name;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    @JsonCreator
    Extensible(@JsonProperty("name") String name) {
      this.name = name;
    }

    @JsonProperty("name")
    String name() {
      return name;
    }

    @JsonAnySetter
    void put(String key, Object value) {
      extra.put(key, value);
    }

    @JsonAnyGetter
    Map<String, Object> extra() {
      return extra;
    }
  }

  @Test
  void readsRecordsAndIgnoresUnknownProperties() throws Exception {
    Conversation conversation =
        mapper.readValue(
            "{\"id\":\"cnv_1\",\"created_at\":1453770984.123,\"status\":\"open\",\"new_field\":true}",
            Conversation.class);

    assertThat(conversation.id()).isEqualTo("cnv_1");
    assertThat(conversation.status()).isEqualTo(Status.OPEN);
    assertThat(conversation.createdAt()).isEqualByComparingTo("1453770984.123");
  }

  @Test
  void decimalNumbersRoundTripExactlyThroughUntypedMapsAndTrees() throws Exception {
    String json = "{\"created_at\":1453770984.123,\"ratio\":1.10}";

    Map<String, Object> untyped = mapper.readValue(json, new TypeReference<Map<String, Object>>() {});
    JsonNode tree = mapper.readTree(json);

    assertThat(untyped.get("created_at")).isEqualTo(new BigDecimal("1453770984.123"));
    assertThat(mapper.writeValueAsString(untyped)).isEqualTo(json);
    assertThat(mapper.writeValueAsString(tree)).isEqualTo(json);
  }

  @Test
  void omitsNullPropertiesAndWritesEnumsByJsonValue() throws Exception {
    Conversation conversation = new Conversation("cnv_1", null, Status.ARCHIVED, null);

    assertThat(mapper.writeValueAsString(conversation)).isEqualTo("{\"id\":\"cnv_1\",\"status\":\"archived\"}");
  }

  @Test
  void unknownEnumValueFallsBackToTheDeclaredDefault() throws Exception {
    Conversation conversation = mapper.readValue("{\"status\":\"snoozed\"}", Conversation.class);

    assertThat(conversation.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void javaTimeValuesUseIsoStringsAndKeepTheOffset() throws Exception {
    Stamped stamped =
        new Stamped(
            OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_000_000, ZoneOffset.ofHours(2)),
            LocalDate.of(2024, 2, 29),
            Instant.parse("2024-02-29T11:45:30Z"));

    String json = mapper.writeValueAsString(stamped);

    assertThat(json)
        .isEqualTo("{\"at\":\"2024-02-29T13:45:30.123+02:00\",\"day\":\"2024-02-29\",\"instant\":\"2024-02-29T11:45:30Z\"}");
    assertThat(mapper.readValue(json, Stamped.class)).isEqualTo(stamped);
  }

  @Test
  void instantAcceptsAnyOffset() throws Exception {
    Stamped stamped = mapper.readValue("{\"instant\":\"2024-02-29T13:45:30+02:00\"}", Stamped.class);

    assertThat(stamped.instant()).isEqualTo(Instant.parse("2024-02-29T11:45:30Z"));
  }

  @Test
  void malformedDateFailsWithAJacksonFormatError() {
    assertThatThrownBy(() -> mapper.readValue("{\"day\":\"29/02/2024\"}", Stamped.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("29/02/2024");
  }

  @Test
  void anySetterAndAnyGetterKeepUnmodelledProperties() throws Exception {
    Extensible value = mapper.readValue("{\"name\":\"a\",\"custom\":{\"x\":[1,2]}}", Extensible.class);

    assertThat(value.extra()).containsEntry("custom", Map.of("x", List.of(1, 2)));
    assertThat(mapper.writeValueAsString(value)).isEqualTo("{\"name\":\"a\",\"custom\":{\"x\":[1,2]}}");
  }

  @Test
  void eachCallReturnsAnIndependentMapper() {
    assertThat(SpecgenJson.newObjectMapper()).isNotSameAs(SpecgenJson.newObjectMapper());
  }
}
