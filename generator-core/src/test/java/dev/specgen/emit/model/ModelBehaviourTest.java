package dev.specgen.emit.model;

import static dev.specgen.testing.Invoke.call;
import static dev.specgen.testing.Invoke.callStatic;
import static dev.specgen.testing.Invoke.constant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.JsonTrees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What generated models do at run time, for each kind: records keep unknown fields, enums keep
 * unknown values, unions keep unknown discriminators and shapes, and all of them write back what
 * they read. Uses the focused specs' models, compiled once, plus a class that uses them as a user
 * would (a {@code switch} over an enum, a builder, a visitor of a union).
 */
class ModelBehaviourTest {

  private static final String USAGE = """
      package dev.specgen.models.usage;

      import dev.specgen.models.discriminatedunion.Cat;
      import dev.specgen.models.discriminatedunion.Dog;
      import dev.specgen.models.discriminatedunion.Lizard;
      import dev.specgen.models.discriminatedunion.Pet;
      import dev.specgen.models.enums.ConversationStatus;
      import dev.specgen.models.enums.MessageType;
      import dev.specgen.models.objects.Contact;
      import java.util.List;

      public final class Usage {
        private Usage() {}

        public static String describe(ConversationStatus status) {
          switch (status.known()) {
            case ASSIGNED:
              return "assigned";
            case _UNKNOWN:
              return "new status " + status.value();
            default:
              return "other";
          }
        }

        public static String describe(MessageType type) {
          return switch (type.known()) { // exhaustive: no default needed
            case VALUE_0 -> "incoming";
            case VALUE_1 -> "outgoing";
            case VALUE_2, VALUE_3 -> "activity or template";
            case _UNKNOWN -> "unknown " + type.value();
          };
        }

        public static Contact contact() {
          return Contact.builder().name("Leela").tags(List.of("vip")).additionalProperty("x_custom", 1).build();
        }

        public static String describe(Pet pet) {
          return pet.accept(new Pet.Visitor<String>() {
            @Override
            public String visitCat(Cat cat) {
              return "cat meowing " + cat.meows() + " times";
            }

            @Override
            public String visitDog(Dog dog) {
              return "another pet";
            }

            @Override
            public String visitLizard(Lizard lizard) {
              return "another pet";
            }

            @Override
            public String visitUnknown(Object json) {
              return "unknown " + json;
            }
          });
        }
      }
      """;

  private static final ObjectMapper MAPPER = SpecgenJson.newObjectMapper();
  private static InMemoryCompiler.Compilation models;

  @BeforeAll
  static void compileModels() {
    models = FocusedModels.compile(Map.of("dev/specgen/models/usage/Usage.java", USAGE));
  }

  static Class<?> type(String specFile, String simpleName) {
    return models.loadClass(FocusedModels.packageOf(specFile) + "." + simpleName);
  }

  static Object read(String json, Class<?> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads {@code json} as {@code type}, writes it back, and checks nothing changed. */
  static Object roundTrip(String json, Class<?> type) {
    Object model = read(json, type);
    JsonTrees.assertSame(MAPPER, json, write(model));
    return model;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  static Object usage(String method, Object... args) {
    return callStatic(models.loadClass("dev.specgen.models.usage.Usage"), method, args);
  }

  @Nested
  class Records {

    final Class<?> contact = type("objects.yaml", "Contact");

    @Test
    void unknownFieldsAreKeptAndWrittenBack() {
      String json = """
          {"id": "crd_1", "name": "Leela", "tags": ["vip"],
           "address": {"city": "New New York", "planet": "Earth"},
           "x_rank": 1.50, "x_nothing": null, "x_nested": {"a": [1, null, {"b": null}]}}
          """;
      Object model = roundTrip(json, contact);
      assertThat(map(call(model, "additionalProperties")))
          .containsOnlyKeys("x_rank", "x_nothing", "x_nested")
          .containsEntry("x_rank", new BigDecimal("1.50"));
      assertThat(map(call(call(model, "address"), "additionalProperties"))).containsEntry("planet", "Earth");
    }

    @Test
    void absentPropertiesStayAbsent() {
      Object model = roundTrip("{\"name\": \"Leela\", \"tags\": []}", contact);
      assertThat(call(model, "nickname")).isNull();
      assertThat(write(model)).doesNotContain("null");
    }

    @Test
    void arraysKeepNullItemsAndCannotBeChanged() {
      Object model = roundTrip("{\"name\": \"Leela\", \"tags\": [\"a\", null, \"b\"]}", contact);
      List<Object> tags = list(call(model, "tags"));
      assertThat(tags).containsExactly("a", null, "b");
      assertThatThrownBy(() -> tags.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildNamesEveryMissingRequiredProperty() {
      Object builder = callStatic(contact, "builder");
      // id is read-only and createdBy nullable: neither is demanded of a client
      assertThatThrownBy(() -> call(builder, "build"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Contact is missing required properties: name, tags");
      call(builder, "name", "Leela");
      assertThatThrownBy(() -> call(builder, "build")).hasMessage("Contact is missing required properties: tags");
    }

    @Test
    void builderToBuilderAndAdditionalProperties() {
      Object built = usage("contact");
      JsonTrees.assertSame(MAPPER, "{\"name\": \"Leela\", \"tags\": [\"vip\"], \"x_custom\": 1}", write(built));
      Object changed = call(call(call(built, "toBuilder"), "nickname", "Turanga"), "build");
      assertThat(call(changed, "nickname")).isEqualTo("Turanga");
      assertThat(call(changed, "additionalProperties")).isEqualTo(Map.of("x_custom", 1));
      assertThat(call(call(changed, "toBuilder"), "build")).isEqualTo(changed);
    }

    @Test
    void aTreeReadsAsTheTextReads() throws Exception {
      String json = """
          {"id": "crd_1", "name": "Leela", "tags": ["vip"], "score": 2.50,
           "address": {"city": "New New York", "lines": ["1 Main St"]},
           "emails": [{"address": "leela@planet-express.com", "primary": true, "verified": false}],
           "x_extra": {"deep": [1, 2]}}
          """;
      Object byJackson = read(json, contact);
      Object converted = MAPPER.treeToValue(MAPPER.readTree(json), contact);
      assertThat(converted).isEqualTo(byJackson);
    }

    @Test
    void valuesOfTheWrongKindFailNamingTheRecordAndProperty() {
      assertThatThrownBy(() -> MAPPER.readValue("{\"name\": 42}", contact))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("Cannot coerce Integer value (42) to `java.lang.String`")
          .hasMessageContaining("Contact[\"name\"]");
      assertThatThrownBy(() -> MAPPER.readValue("{\"address\": {\"lines\": \"1 Main St\"}}", contact))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("Contact[\"address\"]->dev.specgen.models.objects.ContactAddress[\"lines\"]");
      assertThatThrownBy(() -> MAPPER.readValue("[]", contact))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("from Array value");
    }

    @Test
    void typedAdditionalPropertiesAreReadAsTheirType() {
      Object counters = roundTrip("{\"total\": 3, \"a\": 1, \"b\": 2}", type("additional-properties.yaml", "Counters"));
      assertThat(call(counters, "total")).isEqualTo(3);
      assertThat(call(counters, "additionalProperties")).isEqualTo(Map.of("a", 1, "b", 2));
    }

    @Test
    void mapsOfModelsAndFreeFormObjectsRoundTrip() {
      Object catalog = roundTrip("""
          {"labels": {"a": "x", "b": null}, "entries": {"one": {"label": "1", "x_more": true}},
           "open": {"anything": [1, "two", null, {"three": 3.0}]}}
          """, type("additional-properties.yaml", "Catalog"));
      assertThat(call(catalog, "labels")).isInstanceOf(Map.class);
      roundTrip("""
          {"attributes": {"a": {"b": null, "c": [null]}}, "payload": [1, {"x": "y"}],
           "items": [1, "a", null, [true], {"n": null}], "matrix": [[{"k": null}], []]}
          """, type("free-form.yaml", "Event"));
    }

    @Test
    void formatsReadAndWriteExactly() {
      String json = """
          {"text": "plain", "email": "leela@planet-express.com", "when": "2026-01-02T03:04:05.678+02:00",
           "day": "2026-01-02", "id": "123e4567-e89b-12d3-a456-426614174000", "data": "aGVsbG8=",
           "small": 2147483647, "plain": -1, "big": 9007199254740993, "ratio": 0.5, "precise": 0.1,
           "amount": 1453770984.123, "flag": false}
          """;
      Object sample = roundTrip(json, type("formats.yaml", "Sample"));
      assertThat(call(sample, "amount")).isEqualTo(new BigDecimal("1453770984.123"));
      assertThat(call(sample, "big")).isEqualTo(9007199254740993L);
      assertThat(new String((byte[]) call(sample, "data"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hello");
      assertThat(write(sample)).contains("\"amount\":1453770984.123", "\"when\":\"2026-01-02T03:04:05.678+02:00\"");
    }

    @Test
    void recursiveModelsRoundTrip() {
      roundTrip("""
          {"name": "root", "children": [{"name": "a", "children": [{"name": "a1", "x": 1}]}],
           "parent": {"name": "above"}}
          """, type("recursion.yaml", "Node"));
      roundTrip("{\"staff\": [{\"employer\": {\"staff\": []}}]}", type("recursion.yaml", "Company"));
      Object tree = roundTrip("{\"children\": [{\"value\": 1}, {\"children\": [{\"value\": 2}]}]}",
          type("recursion.yaml", "Tree"));
      assertThat(tree.getClass().getSimpleName()).isEqualTo("BranchVariant");
    }

    @Test
    void allOfMergesIntoOneRecord() {
      Class<?> team = type("all-of.yaml", "Team");
      assertThat(team.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
          .containsExactly("id", "createdAt", "name", "members", "additionalProperties");
      Object built = call(call(call(callStatic(team, "builder"), "id", "t1"), "members", List.of("leela")), "build");
      JsonTrees.assertSame(MAPPER, "{\"id\": \"t1\", \"members\": [\"leela\"]}", write(built));
      assertThatThrownBy(() -> call(callStatic(team, "builder"), "build"))
          .hasMessage("Team is missing required properties: id, members");
    }
  }

  @Nested
  class Enums {

    final Class<?> ticket = type("enums.yaml", "Ticket");
    final Class<?> status = type("enums.yaml", "ConversationStatus");
    final Class<?> messageType = type("enums.yaml", "MessageType");

    @Test
    void aKnownValueIsItsConstant() {
      Object model = roundTrip("{\"status\": \"assigned\"}", ticket);
      assertThat(call(model, "status")).isSameAs(constant(status, "ASSIGNED"));
      assertThat(call(call(model, "status"), "isKnown")).isEqualTo(true);
      assertThat(usage("describe", call(model, "status"))).isEqualTo("assigned");
    }

    @Test
    void anUnknownStringValueIsReadExposedAndWrittenBack() {
      Object model = roundTrip("{\"status\": \"snoozed\", \"history\": [\"assigned\", \"escalated\"]}", ticket);
      Object snoozed = call(model, "status");
      assertThat(call(snoozed, "isKnown")).isEqualTo(false);
      assertThat(call(snoozed, "value")).isEqualTo("snoozed");
      assertThat(call(snoozed, "known").toString()).isEqualTo("_UNKNOWN");
      assertThat(snoozed.toString()).isEqualTo("snoozed");
      assertThat(usage("describe", snoozed)).isEqualTo("new status snoozed");
    }

    @Test
    void integerEnumsReadKnownAndUnknownNumbers() {
      Object known = roundTrip("{\"type\": 2}", ticket);
      assertThat(call(known, "type")).isSameAs(constant(messageType, "VALUE_2"));
      Object unknown = roundTrip("{\"type\": 7}", ticket);
      assertThat(call(call(unknown, "type"), "value")).isEqualTo(7L);
      assertThat(usage("describe", call(unknown, "type"))).isEqualTo("unknown 7");
      assertThat(write(unknown)).isEqualTo("{\"type\":7}");
    }

    @Test
    void valuesEqualByValueAndConstantsAreListedInOrder() {
      Object parsed = callStatic(status, "of", "archived");
      assertThat(parsed).isSameAs(constant(status, "ARCHIVED"));
      Object once = callStatic(status, "of", "later");
      Object again = callStatic(status, "of", "later");
      assertThat(once).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(constant(status, "TRASHED"));
      assertThat((List<?>) callStatic(status, "values")).extracting(Object::toString)
          .containsExactly("assigned", "unassigned", "archived", "trashed");
    }

    @Test
    void valuesThatAreNotIdentifiersKeepTheirWireForm() {
      Class<?> window = type("enums.yaml", "Window");
      assertThat(call(constant(window, "_0_1H"), "value")).isEqualTo("0-1h");
      assertThat(call(constant(window, "CAPTAIN_ASSISTANT"), "value")).isEqualTo("Captain::Assistant");
      assertThat(call(constant(window, "A_B_2"), "value")).isEqualTo("a_b");
      assertThat(call(constant(window, "EMPTY"), "value")).isEqualTo("");
    }

    @Test
    void integersBeyondSixtyFourBitsAreBigIntegers() {
      Class<?> huge = type("enums.yaml", "Huge");
      Object big = read("18446744073709551616", huge);
      assertThat(big).isSameAs(constant(huge, "VALUE_18446744073709551616"));
      Object bigger = read("18446744073709551617", huge);
      assertThat(call(bigger, "value")).isEqualTo(new BigInteger("18446744073709551617"));
      assertThat(write(bigger)).isEqualTo("18446744073709551617");
      assertThat(call(read("-1", type("enums.yaml", "Negative")), "isKnown")).isEqualTo(true);
    }

    @Test
    void aNullableInlineEnumReadsNull() {
      Object model = roundTrip("{\"priority\": \"high\"}", ticket);
      assertThat(call(call(model, "priority"), "isKnown")).isEqualTo(true);
      assertThat(call(read("{\"priority\": null}", ticket), "priority")).isNull();
    }
  }

  @Nested
  class DiscriminatedUnions {

    final Class<?> owner = type("discriminated-union.yaml", "Owner");

    Object pet(String petJson) {
      return call(roundTrip("{\"pet\": " + petJson + "}", owner), "pet");
    }

    @ParameterizedTest
    @CsvSource({"cat, CatVariant", "kitty, CatVariant", "dog, DogVariant", "Lizard, LizardVariant"})
    void theDiscriminatorPicksTheVariantAsMapped(String tag, String variant) {
      Object pet = pet("{\"petType\": \"" + tag + "\"}");
      assertThat(pet.getClass().getSimpleName()).isEqualTo(variant);
      assertThat(call(call(pet, "value"), "petType")).isEqualTo(tag);
    }

    @Test
    void variantFieldsAndUnknownFieldsAreRead() {
      Object cat = pet("{\"petType\": \"cat\", \"meows\": 3, \"x_color\": \"ginger\"}");
      assertThat(call(call(cat, "value"), "meows")).isEqualTo(3);
      assertThat(call(call(cat, "value"), "additionalProperties")).isEqualTo(Map.of("x_color", "ginger"));
      assertThat(usage("describe", cat)).isEqualTo("cat meowing 3 times");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"petType\": \"parrot\", \"words\": 12}",   // a value this version does not know
        "{\"petType\": \"cat\", \"meows\": \"many\"}", // a known value whose fields do not fit
        "{\"meows\": 3}",                               // no discriminator at all
        "{\"petType\": 7}",                             // a discriminator that is not a string
        "[\"not\", \"an\", \"object\"]"})
    void whatNoVariantReadsIsKeptAsUnknown(String json) throws Exception {
      Object pet = pet(json);
      assertThat(pet.getClass().getSimpleName()).isEqualTo("Unknown");
      assertThat(call(pet, "value")).isEqualTo(MAPPER.readValue(json, Object.class));
    }

    @Test
    void listsOfUnionsKeepEveryItem() {
      roundTrip("""
          {"pets": [{"petType": "dog", "barks": true}, {"petType": "hamster", "cage": null}, null, {"petType": "kitty"}]}
          """, owner);
    }
  }

  @Nested
  class ShapeUnions {

    final Class<?> drawing = type("shape-union.yaml", "Drawing");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"hello\"                   | StringValueVariant",
        "\"2026-01-02T03:04:05Z\"    | DateTimeValueVariant",
        "42                          | Int64ValueVariant",
        "42.5                        | DecimalValueVariant",
        "123456789012345678901234567 | DecimalValueVariant",
        "true                        | BooleanValueVariant",
        "[\"a\", \"b\"]              | ListValueVariant",
        "{\"radius\": 1.5}           | CircleVariant",
        "{\"side\": 2, \"x\": null}  | SquareVariant",
        "{\"diameter\": 3}           | Unknown",
        "[1, 2]                      | Unknown"})
    void theShapeOfTheJsonPicksTheVariant(String json, String variant) {
      Object value = call(roundTrip("{\"value\": " + json + "}", drawing), "value");
      assertThat(value.getClass().getSimpleName()).isEqualTo(variant);
    }

    @Test
    void listsOfShapeUnionsRoundTrip() {
      roundTrip("{\"values\": [\"a\", 1, 1.5, false, {\"side\": 1}, {\"what\": 0}, null, [\"x\"]]}", drawing);
    }

    @Test
    void indistinguishableVariantsReadAsTheFirst() {
      Object ambiguous = roundTrip("{\"body\": \"memo text\"}", type("shape-union.yaml", "Ambiguous"));
      assertThat(ambiguous.getClass().getSimpleName()).isEqualTo("NoteVariant");
      assertThat(call(call(ambiguous, "value"), "additionalProperties")).isEqualTo(Map.of("body", "memo text"));
    }
  }

  @Nested
  class NameTorture {

    @Test
    void wireNamesSurviveARoundTrip() throws Exception {
      String json = """
          {"class": "c", "private": true, "_links": {"self": "s"}, "0-1h": 1, "24h+": 2,
           "attachments[]": ["a"], "attachments": ["b"], "user_id": "u1", "userId": "u2",
           "additionalProperties": "declared", "builder": "b", "toBuilder": "t", "fromJson": "f",
           "build": "b2", "hashCode": 3, "this": "t2", "source": "s2", "missing": "m", "json": "j",
           "fields": "f2", "value": "v", "quote\\"d": "q", "back\\\\slash": "bs", "dollar$L$S": "d",
           "\\\\u0041": "u", "string": {"value": "x"}, "list": [{"value": "y"}], "override": {"override": true},
           "builderValue": {"build": "z"}, "known": "values", "uuid": {"text": "t"}, "function": {"name": "n"},
           "support": {"help": "h"}, "either": {"mystery": "m"}, "stamp": "123e4567-e89b-12d3-a456-426614174000",
           "undeclared": {"kept": true}}
          """;
      Class<?> object = type("name-torture.yaml", "ObjectModel");
      Object model = roundTrip(json, object);
      assertThat(call(model, "class_")).isEqualTo("c");
      assertThat(call(model, "additionalProperties_")).isEqualTo("declared");
      // a property is called additionalProperties on the wire, so undeclared ones go to additionalProperties2
      assertThat(call(model, "additionalProperties2")).isEqualTo(Map.of("undeclared", Map.of("kept", true)));
      assertThat(call(model, "attachments2")).isEqualTo(List.of("b"));
      assertThat(call(call(model, "either"), "getClass").toString()).endsWith("Either$Unknown2Variant");
      assertThat(MAPPER.treeToValue(MAPPER.readTree(json), object)).isEqualTo(model);
    }

    @Test
    void aUnionWhoseVariantIsCalledUnknownNamesItsFallbackOtherwise() {
      Class<?> either = type("name-torture.yaml", "Either");
      assertThat(read("{\"what\": 1}", either).getClass().getSimpleName()).isEqualTo("JsonPropertyVariant");
      assertThat(read("12", either).getClass().getSimpleName()).isEqualTo("Unknown2");
    }

    @Test
    void anEnumCalledKnownNamesItsNestedEnumOtherwise() {
      Class<?> known = type("name-torture.yaml", "Known");
      Object unknown = read("\"fresh\"", known);
      assertThat(call(unknown, "known").getClass().getSimpleName()).isEqualTo("Known2");
      JsonNode written = MAPPER.valueToTree(unknown);
      assertThat(written.asText()).isEqualTo("fresh");
    }
  }
}
