package dev.specgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSupportTest {

  @Test
  void copiesKeepNullsAndDoNotFollowTheOriginal() {
    List<String> original = new ArrayList<>(Arrays.asList("a", null));
    List<String> copy = ModelSupport.copy(original);
    original.add("b");

    assertThat(copy).containsExactly("a", null);
    Map<String, Integer> map = new HashMap<>();
    map.put("x", null);
    Map<String, Integer> mapCopy = ModelSupport.copy(map);
    assertThat(mapCopy).containsOnlyKeys("x").containsEntry("x", null);
  }

  @Test
  void aRecordsListIsUnmodifiableAndCopyingItAgainReturnsItAsItIs() {
    List<String> copy = ModelSupport.copy(new ArrayList<>(Arrays.asList("a", null)));

    assertThat(ModelSupport.copy(copy)).isSameAs(copy);
    assertThat(copy).isEqualTo(Arrays.asList("a", null)).hasSameHashCodeAs(Arrays.asList("a", null));
    assertThatThrownBy(() -> copy.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.iterator().remove()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAdoptedListIsTheRecordsOwnWithoutACopy() {
    ArrayList<String> fresh = new ArrayList<>(Arrays.asList("a", "b"));
    List<String> adopted = ModelSupport.adopt(fresh);

    assertThat(adopted).containsExactly("a", "b");
    assertThat(ModelSupport.copy(adopted)).isSameAs(adopted);
    assertThatThrownBy(() -> adopted.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRecordsMapIsUnmodifiableKeepsItsOrderAndCopyingItAgainReturnsItAsItIs() {
    LinkedHashMap<String, Integer> original = new LinkedHashMap<>();
    original.put("b", 2);
    original.put("a", null);
    Map<String, Integer> copy = ModelSupport.copy(original);
    original.put("c", 3);

    assertThat(copy).containsExactly(Map.entry("b", 2), new AbstractMap.SimpleEntry<>("a", null));
    assertThat(ModelSupport.copy(copy)).isSameAs(copy);
    Map<String, Integer> expected = new HashMap<>();
    expected.put("a", null);
    expected.put("b", 2);
    assertThat(copy).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThatThrownBy(() -> copy.put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.keySet().remove("b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anAdoptedMapIsTheRecordsOwnWithoutACopy() {
    LinkedHashMap<String, String> fresh = new LinkedHashMap<>(Map.of("a", "1"));
    Map<String, String> adopted = ModelSupport.adopt(fresh);

    assertThat(adopted).containsExactly(Map.entry("a", "1"));
    assertThat(ModelSupport.copy(adopted)).isSameAs(adopted);
    assertThat(ModelSupport.copyOrEmpty(adopted)).isSameAs(adopted);
    assertThatThrownBy(() -> adopted.remove("a")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theAbsentValuesAreEmptyAndOnlyTheyAreFilteredOut() {
    ModelSupport.Absent filter = new ModelSupport.Absent();
    List<String> absent = ModelSupport.orAbsent((List<String>) null);

    assertThat(absent).isEmpty();
    assertThat(ModelSupport.copy((List<String>) null)).isSameAs(absent);
    assertThat(filter.equals(absent)).isTrue();
    assertThat(filter.equals(ModelSupport.orAbsent((Map<String, String>) null))).isTrue();
    assertThat(filter.equals(List.of())).isFalse();
    assertThat(filter.equals(ModelSupport.copy(List.of()))).isFalse();
    assertThat(ModelSupport.setOrNull(absent)).isNull();
    assertThat(ModelSupport.setOrNull(List.of("a"))).containsExactly("a");
    assertThat(ModelSupport.copyOrEmpty((Map<String, Object>) null)).isEmpty();
  }

  @Test
  void tagKeepsACurrentSelectingValueElseTakesTheFirst() {
    assertThat(ModelSupport.tag("kitty", "cat", "kitty")).isEqualTo("kitty");
    assertThat(ModelSupport.tag("dog", "cat", "kitty")).isEqualTo("cat");
    assertThat(ModelSupport.tag(null, "cat")).isEqualTo("cat");
    assertThat(ModelSupport.with(Map.of("a", 1), "b", 2)).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
  }

  @Test
  void requireSetNamesEveryMissingProperty() {
    ModelSupport.requireSet("Contact", "name", "Leela", "tags", List.of());
    assertThatThrownBy(() -> ModelSupport.requireSet("Contact", "name", null, "id", "x", "tags", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Contact is missing required properties: name, tags");
  }

  @Test
  void epochTimesKeepTheirFraction() {
    assertThat(ModelSupport.epochSeconds(new BigDecimal("1453770984.123")))
        .isEqualTo(Instant.parse("2016-01-26T01:16:24.123Z"));
    assertThat(ModelSupport.epochSeconds(1453770984L)).isEqualTo(Instant.parse("2016-01-26T01:16:24Z"));
    assertThat(ModelSupport.epochMillis(1453770984123L)).isEqualTo(Instant.parse("2016-01-26T01:16:24.123Z"));
    assertThat(ModelSupport.epochSeconds(null)).isNull();
  }
}
