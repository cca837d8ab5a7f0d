package dev.specgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A builder shaped as the generator writes them, holding undeclared properties in the base class. */
class ModelBuilderTest {

  static final class Builder extends ModelBuilder<Builder, Integer> {
    Map<String, Integer> built() {
      return new LinkedHashMap<>(additionalProperties);
    }
  }

  @Test
  void setsUndeclaredPropertiesInOrderKeepingNulls() {
    Builder builder = new Builder().additionalProperty("b", 2).additionalProperty("a", null);

    assertThat(builder.built()).containsExactly(Map.entry("b", 2), new AbstractMap.SimpleEntry<String, Integer>("a", null));
  }

  @Test
  void replacingTheMapDropsWhatWasSet() {
    Map<String, Integer> values = new LinkedHashMap<>();
    values.put("z", 26);
    Builder builder = new Builder().additionalProperty("b", 2).additionalProperties(values);
    values.put("y", 25);

    assertThat(builder.built()).containsExactly(Map.entry("z", 26));
  }
}
