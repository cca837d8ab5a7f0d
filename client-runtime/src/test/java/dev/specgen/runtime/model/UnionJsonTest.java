package dev.specgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.json.SpecgenJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Unions shaped as the generator writes them: a delegating creator over {@link UnionJson}. */
class UnionJsonTest {

  private final ObjectMapper mapper = SpecgenJson.newObjectMapper();

  record Cat(@JsonProperty("petType") @Nullable String petType, @JsonProperty("meows") @Nullable Boolean meows,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    Cat {
      additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }
  }

  /** Told apart by {@code petType}. */
  sealed interface Pet permits CatVariant, UnknownPet {
    @JsonValue
    Object value();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Pet read(UnionJson json) {
      String tag = json.text("petType");
      if (tag == null) {
        return new UnknownPet(json.plain());
      }
      try {
        return "cat".equals(tag) ? new CatVariant(json.as(Cat.class)) : new UnknownPet(json.plain());
      } catch (IllegalArgumentException e) {
        return new UnknownPet(json.plain());
      }
    }
  }

  record CatVariant(Cat value) implements Pet {}

  record UnknownPet(Object value) implements Pet {}

  /** Told apart by shape: a list of numbers, a string, or an integer. */
  sealed interface Value permits Numbers, Text, Count, UnknownValue {
    @JsonValue
    Object value();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Value read(UnionJson json) {
      if (json.isArray()) {
        try {
          return new Numbers(json.as(new TypeReference<List<BigDecimal>>() {}));
        } catch (IllegalArgumentException e) {
          // not numbers: unknown
        }
      } else if (json.isString()) {
        return new Text(json.as(String.class));
      } else if (json.isIntegral()) {
        return new Count(json.as(Long.class));
      }
      return new UnknownValue(json.plain());
    }
  }

  record Numbers(List<BigDecimal> value) implements Value {}

  record Text(String value) implements Value {}

  record Count(Long value) implements Value {}

  record UnknownValue(Object value) implements Value {}

  @Test
  void aDiscriminatorSelectsAndBindsTheVariant() throws Exception {
    Pet pet = mapper.readValue("{\"petType\": \"cat\", \"meows\": true, \"extra\": 1}", Pet.class);

    assertThat(pet).isEqualTo(new CatVariant(new Cat("cat", true, Map.of("extra", 1))));
    assertThat(mapper.writeValueAsString(pet)).isEqualTo("{\"petType\":\"cat\",\"meows\":true,\"extra\":1}");
  }

  @Test
  void anUnknownDiscriminatorOrAVariantThatDoesNotFitIsKeptAsPlainJson() throws Exception {
    Pet dog = mapper.readValue("{\"petType\": \"dog\", \"barks\": 2.50}", Pet.class);
    Pet badCat = mapper.readValue("{\"petType\": \"cat\", \"meows\": \"loudly\"}", Pet.class);

    assertThat(dog).isEqualTo(new UnknownPet(Map.of("petType", "dog", "barks", new BigDecimal("2.50"))));
    assertThat(mapper.writeValueAsString(dog)).isEqualTo("{\"petType\":\"dog\",\"barks\":2.50}");
    assertThat(badCat).isEqualTo(new UnknownPet(Map.of("petType", "cat", "meows", "loudly")));
  }

  @Test
  void theShapeOfTheJsonSelectsTheVariantStrictly() throws Exception {
    assertThat(mapper.readValue("[1, 2.5]", Value.class))
        .isEqualTo(new Numbers(List.of(new BigDecimal("1"), new BigDecimal("2.5"))));
    assertThat(mapper.readValue("\"x\"", Value.class)).isEqualTo(new Text("x"));
    assertThat(mapper.readValue("7", Value.class)).isEqualTo(new Count(7L));
    assertThat(mapper.readValue("[\"a\"]", Value.class)).isEqualTo(new UnknownValue(List.of("a")));
    assertThat(mapper.readValue("true", Value.class)).isEqualTo(new UnknownValue(true));
  }

  @Test
  void unionsInsideRecordsListsAndNullsRead() throws Exception {
    List<Pet> pets = mapper.readValue("[{\"petType\": \"cat\"}, null, {\"x\": 1}]", new TypeReference<>() {});

    assertThat(pets).containsExactly(new CatVariant(new Cat("cat", null, Map.of())), null,
        new UnknownPet(Map.of("x", 1)));
  }

  @Test
  void inspectsTheTree() throws Exception {
    UnionJson json = mapper.readValue("{\"a\": 1, \"t\": \"x\"}", UnionJson.class);

    assertThat(json.hasAnyKey("b", "a")).isTrue();
    assertThat(json.hasAnyKey("b")).isFalse();
    assertThat(json.text("t")).isEqualTo("x");
    assertThat(json.text("a")).isNull();
    assertThat(json.isObject()).isTrue();
    assertThat(json.isNumber()).isFalse();
  }
}
