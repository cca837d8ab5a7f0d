package dev.specgen.runtime.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.json.SpecgenJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterSerializerTest {

  private final ParameterSerializer serializer = new ParameterSerializer(SpecgenJson.newObjectMapper());

  enum Status {
    OPEN("open"),
    ON_HOLD("on hold");

    private final String json;

    Status(String json) {
      this.json = json;
    }

    @JsonValue
    String json() {
      return json;
    }
  }

  record Filter(
      @JsonProperty("statuses") List<Status> statuses,
      @JsonProperty("tag_id") String tagId,
      @JsonProperty("after") OffsetDateTime after) {}

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "alt:email:a@b.com | alt%3Aemail%3Aa%40b.com",
        "a/b               | a%2Fb",
        "..                | %2E%2E",
        ".                 | %2E",
        "...               | ...",
        "a..b              | a..b",
        "what?             | what%3F",
        "#frag             | %23frag",
        "'a b'             | a%20b",
        "café              | caf%C3%A9",
        "%2F               | %252F",
        "a;b=c             | a%3Bb%3Dc",
      })
  void pathValuesAreAlwaysExactlyOneSegment(String raw, String encoded) {
    assertThat(serializer.pathSegment("id", raw)).isEqualTo(encoded);
  }

  @Test
  void pathArraysAreCommaSeparatedWithEachItemEncoded() {
    assertThat(serializer.pathSegment("ids", List.of("a,b", "c"))).isEqualTo("a%2Cb,c");
  }

  @Test
  void pathRefusesNullAndEmptyValuesThatWouldCollapseASegment() {
    assertThatThrownBy(() -> serializer.pathSegment("contact_id", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact_id");
    assertThatThrownBy(() -> serializer.pathSegment("contact_id", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact_id");
  }

  @Test
  void formExplodedRepeatsTheKeyForArrays() {
    assertThat(serializer.queryPairs("status", List.of(Status.OPEN, Status.ON_HOLD), QueryStyle.FORM))
        .containsExactly("status=open", "status=on%20hold");
  }

  @Test
  void formUnexplodedJoinsWithLiteralCommasAndEncodesCommasInItems() {
    assertThat(serializer.queryPairs("ids", List.of("a", "b,c"), QueryStyle.FORM_UNEXPLODED))
        .containsExactly("ids=a,b%2Cc");
  }

  @Test
  void objectsInFormStyles() {
    Map<String, Object> color = new LinkedHashMap<>();
    color.put("R", 100);
    color.put("G", 200);

    assertThat(serializer.queryPairs("color", color, QueryStyle.FORM)).containsExactly("R=100", "G=200");
    assertThat(serializer.queryPairs("color", color, QueryStyle.FORM_UNEXPLODED)).containsExactly("color=R,100,G,200");
  }

  @Test
  void spaceAndPipeDelimitedStyles() {
    assertThat(serializer.queryPairs("ids", List.of(1, 2), QueryStyle.SPACE_DELIMITED)).containsExactly("ids=1%202");
    assertThat(serializer.queryPairs("ids", List.of(1, 2), QueryStyle.PIPE_DELIMITED)).containsExactly("ids=1%7C2");
  }

  @Test
  void deepObjectFromAModelRepeatsArrayKeysAndEncodesBrackets() {
    Filter filter =
        new Filter(
            List.of(Status.OPEN, Status.ON_HOLD), null, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));

    assertThat(serializer.queryPairs("q", filter, QueryStyle.DEEP_OBJECT))
        .containsExactly(
            "q%5Bstatuses%5D=open", "q%5Bstatuses%5D=on%20hold", "q%5Bafter%5D=2024-01-02T03%3A04%3A05Z");
  }

  @Test
  void deepObjectFromAMapWithNestedObjects() {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("tag", Map.of("id", "tag_1"));
    q.put("unset", null);
    q.put("flag", true);

    assertThat(serializer.queryPairs("q", q, QueryStyle.DEEP_OBJECT))
        .containsExactly("q%5Btag%5D%5Bid%5D=tag_1", "q%5Bflag%5D=true");
  }

  @Test
  void absentValuesProduceNoPairs() {
    assertThat(serializer.queryPairs("limit", null, QueryStyle.FORM)).isEmpty();
    assertThat(serializer.queryPairs("limit", Optional.empty(), QueryStyle.FORM)).isEmpty();
    assertThat(serializer.queryPairs("ids", List.of(), QueryStyle.FORM_UNEXPLODED)).isEmpty();
    assertThat(serializer.queryPairs("q", Map.of(), QueryStyle.DEEP_OBJECT)).isEmpty();
    assertThat(serializer.queryPairs("ids", Arrays.asList("a", null), QueryStyle.FORM)).containsExactly("ids=a");
  }

  @Test
  void scalarsUseTheirJsonText() {
    assertThat(serializer.queryPairs("limit", 25, QueryStyle.FORM)).containsExactly("limit=25");
    assertThat(serializer.queryPairs("since", new BigDecimal("1453770984.123"), QueryStyle.FORM))
        .containsExactly("since=1453770984.123");
    assertThat(serializer.queryPairs("archived", false, QueryStyle.FORM)).containsExactly("archived=false");
    assertThat(serializer.queryPairs("day", LocalDate.of(2024, 2, 29), QueryStyle.FORM)).containsExactly("day=2024-02-29");
    assertThat(serializer.queryPairs("limit", Optional.of(5), QueryStyle.FORM)).containsExactly("limit=5");
    assertThat(serializer.scalarText(Status.ON_HOLD)).contains("on hold");
  }

  @Test
  void queryNamesAndValuesAreFullyEncoded() {
    assertThat(serializer.queryPairs("a&b", "c=d&e", QueryStyle.FORM)).containsExactly("a%26b=c%3Dd%26e");
  }

  @Test
  void headersJoinArraysWithCommasAndOmitNulls() {
    assertThat(serializer.headerText(List.of("a", "b"))).contains("a,b");
    assertThat(serializer.headerText(Status.OPEN)).contains("open");
    assertThat(serializer.headerText(null)).isEmpty();
  }

  @Test
  void nestedContainersAreRefusedWhereTheStyleCannotExpressThem() {
    assertThatThrownBy(() -> serializer.queryPairs("q", Map.of("a", Map.of("b", 1)), QueryStyle.FORM_UNEXPLODED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
