package dev.specgen.emit.model;

import static dev.specgen.testing.Invoke.call;
import static dev.specgen.testing.Invoke.callStatic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.JsonTrees;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a caller of generated models sees beyond the wire format: lists and maps that are never
 * {@code null} yet round-trip exactly as read, {@code Instant} views of time properties, and unions
 * built with factories and read with a visitor. Uses the focused specs' models and a class written
 * the way a user would write it, compiled with them.
 */
class CallerApiTest {

  private static final String USAGE = """
      package dev.specgen.models.caller;

      import dev.specgen.models.callerapi.Animal;
      import dev.specgen.models.callerapi.Bird;
      import dev.specgen.models.callerapi.Event;
      import dev.specgen.models.callerapi.Fish;
      import dev.specgen.models.discriminatedunion.Cat;
      import dev.specgen.models.discriminatedunion.Dog;
      import dev.specgen.models.discriminatedunion.Lizard;
      import dev.specgen.models.discriminatedunion.Pet;
      import java.util.List;

      public final class Caller {
        private Caller() {}

        public static int labelCount(Event event) {
          return event.labels().size() + event.notes().size() + event.counts().size(); // no null checks
        }

        public static Pet cat(int meows) {
          return Pet.ofCat(Cat.builder().meows(meows).build()); // no petType set by hand
        }

        public static Pet kitty() {
          return Pet.ofCat(Cat.builder().petType("kitty").build());
        }

        public static Pet mislabelledDog() {
          return Pet.ofDog(Dog.builder().petType("cat").barks(true).build());
        }

        public static Animal fish(int fins) {
          return Animal.ofFish(Fish.builder().fins(fins).build());
        }

        public static Animal bird(int wings) {
          return Animal.ofBird(Bird.builder().wings(wings).build());
        }

        public static String name(Pet pet) {
          return pet.accept(new Pet.Visitor<>() {
            @Override
            public String visitCat(Cat cat) {
              return "cat " + cat.meows();
            }

            @Override
            public String visitDog(Dog dog) {
              return "dog " + dog.barks();
            }

            @Override
            public String visitLizard(Lizard lizard) {
              return "lizard";
            }

            @Override
            public String visitUnknown(Object json) {
              return "unknown " + json;
            }
          });
        }

        public static List<Object> tests(Pet pet) {
          return List.of(pet.isCat(), pet.isDog(), pet.isLizard());
        }
      }
      """;

  private static final ObjectMapper MAPPER = SpecgenJson.newObjectMapper();
  private static InMemoryCompiler.Compilation models;
  private static Class<?> event;
  private static Class<?> pet;
  private static Class<?> animal;

  @BeforeAll
  static void compileModels() {
    models = FocusedModels.compile(Map.of("dev/specgen/models/caller/Caller.java", USAGE));
    event = type("caller-api.yaml", "Event");
    pet = type("discriminated-union.yaml", "Pet");
    animal = type("caller-api.yaml", "Animal");
  }

  private static Class<?> type(String specFile, String simpleName) {
    return models.loadClass(FocusedModels.packageOf(specFile) + "." + simpleName);
  }

  private static Object caller(String method, Object... args) {
    return callStatic(models.loadClass("dev.specgen.models.caller.Caller"), method, args);
  }

  private static Object read(String json, Class<?> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  private static Object roundTrip(String json, Class<?> type) throws Exception {
    Object model = read(json, type);
    JsonTrees.assertSame(MAPPER, json, MAPPER.writeValueAsString(model));
    return model;
  }

  @Test
  void generatedModelsAndTheCallerCompileWithoutLintWarnings() {
    assertThat(models.warnings()).isEmpty();
  }

  @Test
  void absentListsAndMapsAreEmptyAndStayAbsent() throws Exception {
    Object model = roundTrip("{\"labels\": [\"a\"]}", event);
    assertThat((List<?>) call(model, "notes")).isEmpty();
    assertThat((Map<?, ?>) call(model, "counts")).isEmpty();
    assertThat(caller("labelCount", model)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"labels\": [], \"notes\": [], \"counts\": {}}",          // empty stays empty
      "{\"labels\": [], \"notes\": null}",                         // explicit null of a nullable list is kept
      "{\"labels\": [\"a\", null], \"notes\": [null], \"counts\": {\"x\": null, \"y\": 2}}",
      "{}"})                                                       // absent stays absent, even when required
  void listsAndMapsAreWrittenBackExactlyAsRead(String json) throws Exception {
    Object model = roundTrip(json, event);
    assertThat((List<?>) call(model, "labels")).isNotNull();
    assertThat((List<?>) call(model, "notes")).isNotNull();
    Object converted = MAPPER.treeToValue(MAPPER.readTree(json), event);
    JsonTrees.assertSame(MAPPER, json, MAPPER.writeValueAsString(converted));
  }

  @Test
  void recordsReadByJacksonsConstructorKeepAbsentAndEmptyListsApart() throws Exception {
    Class<?> address = type("objects.yaml", "ContactAddress");
    assertThat((List<?>) call(roundTrip("{\"city\": \"Paris\"}", address), "lines")).isEmpty();
    assertThat((List<?>) call(roundTrip("{\"city\": \"Paris\", \"lines\": []}", address), "lines")).isEmpty();
    roundTrip("{\"city\": \"Paris\", \"lines\": [\"1 rue\"]}", address);
  }

  @Test
  void buildersWriteWhatIsSetAndStillDemandRequiredLists() throws Exception {
    Object builder = callStatic(event, "builder");
    assertThatThrownBy(() -> call(builder, "build")).hasMessage("Event is missing required properties: labels");
    call(builder, "labels", List.of());
    assertThat(MAPPER.writeValueAsString(call(builder, "build"))).isEqualTo("{\"labels\":[]}");
    Object readWithout = read("{\"title\": \"t\"}", event);
    assertThatThrownBy(() -> call(call(readWithout, "toBuilder"), "build"))
        .hasMessage("Event is missing required properties: labels");
    Object readWith = read("{\"labels\": [], \"notes\": []}", event);
    assertThat(MAPPER.writeValueAsString(call(call(readWith, "toBuilder"), "build")))
        .isEqualTo("{\"labels\":[],\"notes\":[]}");
  }

  @Test
  void timePropertiesHaveInstantViews() throws Exception {
    Object model = read("""
        {"created_at": 1453770984.123, "updatedAt": 1700000000, "sent": 1700000000123,
         "seen": "2026-01-02T03:04:05+01:00", "expires": 1800000000, "size": 3}
        """, event);
    assertThat(call(model, "createdAtInstant")).isEqualTo(Instant.ofEpochSecond(1453770984, 123_000_000));
    assertThat(call(model, "updatedAtInstant")).isEqualTo(Instant.ofEpochSecond(1700000000));
    assertThat(call(model, "sentInstant")).isEqualTo(Instant.ofEpochMilli(1700000000123L));
    assertThat(call(model, "seenInstant")).isEqualTo(Instant.parse("2026-01-02T02:04:05Z"));
    assertThat(call(model, "expiresInstant")).isEqualTo(Instant.ofEpochSecond(1800000000));
    assertThat(Arrays.stream(event.getMethods()).map(java.lang.reflect.Method::getName))
        .doesNotContain("sizeInstant", "titleInstant");
    Object empty = read("{}", event);
    assertThat(call(empty, "createdAtInstant")).isNull();
    assertThat(call(empty, "seenInstant")).isNull();
  }

  @Test
  void factoriesSetTheDiscriminatorAndTheVisitorReadsTheVariant() throws Exception {
    Object cat = caller("cat", 3);
    assertThat(MAPPER.writeValueAsString(cat)).isEqualTo("{\"petType\":\"cat\",\"meows\":3}");
    assertThat(caller("name", cat)).isEqualTo("cat 3");
    assertThat(caller("tests", cat)).isEqualTo(List.of(true, false, false));
    assertThat(call(call(cat, "asCat"), "meows")).isEqualTo(3);
    assertThatThrownBy(() -> call(cat, "asDog")).isInstanceOf(IllegalStateException.class)
        .hasMessage("Pet holds CatVariant, not Dog");
    // a value that selects the variant is kept; one that selects another is corrected
    assertThat(MAPPER.writeValueAsString(caller("kitty"))).isEqualTo("{\"petType\":\"kitty\"}");
    Object dog = caller("mislabelledDog");
    assertThat(MAPPER.writeValueAsString(dog)).isEqualTo("{\"petType\":\"dog\",\"barks\":true}");
    assertThat(caller("name", read(MAPPER.writeValueAsString(dog), pet))).isEqualTo("dog true");
    assertThat(caller("name", read("{\"petType\": \"parrot\"}", pet))).isEqualTo("unknown {petType=parrot}");
  }

  @Test
  void aDiscriminatorTheVariantDoesNotDeclareIsWrittenAndAnEnumOneIsPreset() throws Exception {
    Object fish = caller("fish", 2);
    assertThat(MAPPER.writeValueAsString(fish)).isEqualTo("{\"fins\":2,\"kind\":\"fish\"}");
    assertThat(call(read(MAPPER.writeValueAsString(fish), animal), "isFish")).isEqualTo(true);
    Object bird = caller("bird", 2);
    assertThat(MAPPER.writeValueAsString(bird)).isEqualTo("{\"kind\":\"bird\",\"wings\":2}");
    assertThat(call(read(MAPPER.writeValueAsString(bird), animal), "isBird")).isEqualTo(true);
  }

  @Test
  void noNestedClassIsNamedLikeATopLevelClassOfItsPackage() {
    Set<String> topLevel = new HashSet<>();
    for (String name : models.classes().keySet()) {
      if (!name.contains("$")) {
        topLevel.add(name);
      }
    }
    for (String name : models.classes().keySet()) {
      int nested = name.lastIndexOf('$');
      if (nested > 0 && !Character.isDigit(name.charAt(nested + 1))) {
        String sibling = name.substring(0, name.lastIndexOf('.') + 1) + name.substring(nested + 1);
        assertThat(topLevel).as(name).doesNotContain(sibling);
      }
    }
  }
}
