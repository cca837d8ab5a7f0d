package dev.specgen.emit.model;

import static dev.specgen.testing.Invoke.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.JsonTrees;
import dev.specgen.testing.SpecgenTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Jackson round trips of the seeds' example payloads through the models of the flagship specs:
 * read the JSON into the generated model, write it back, and get the same JSON tree, also after
 * adding fields the specs do not declare (to every object, nested ones included) and enum values
 * they do not list. The models are generated from {@code specs/*.yaml}, compiled in memory (one
 * compiler run per spec) and used with the client runtime's mapper.
 */
class ModelRoundTripTest {

  private static final ObjectMapper MAPPER = SpecgenJson.newObjectMapper();
  private static final Map<Example, InMemoryCompiler.Compilation> COMPILED = new HashMap<>();

  /** A seed's payload and the model it is read as. */
  enum Example {
    FRONT("front", "Conversation", false, "front-conversation.json"),
    CHATWOOT("chatwoot", "ContactConversation", true, "chatwoot-contact-conversations.json"),
    INQUIRLY("inquirly", "ContactConversation", true, "inquirly-contact-conversations.json"),
    HIGHLEVEL("highlevel", "SearchConversationsResponse", false, "highlevel-search-conversations.json");

    final String spec;
    final String type;
    final boolean array;
    final String payload;

    Example(String spec, String type, boolean array, String payload) {
      this.spec = spec;
      this.type = type;
      this.array = array;
      this.payload = payload;
    }

    String packageName() {
      return "dev.specgen.roundtrip." + spec;
    }

    String json() throws IOException {
      return Files.readString(SpecgenTestKit.testResources().resolve("json").resolve(payload));
    }

    synchronized InMemoryCompiler.Compilation models() {
      return COMPILED.computeIfAbsent(this, example -> InMemoryCompiler.create().compileFiles(SpecgenTestKit.sources(
          SpecgenTestKit.loadModel(SpecgenTestKit.repoRoot().resolve("specs/" + spec + ".yaml")), packageName(), false))
          .assertSucceeded());
    }

    Class<?> modelClass(String simpleName) {
      return models().loadClass(packageName() + "." + simpleName);
    }

    /** {@code Conversation}, or {@code List<ContactConversation>} for a bare array. */
    JavaType javaType() {
      Class<?> model = modelClass(type);
      return array
          ? MAPPER.getTypeFactory().constructCollectionType(List.class, model)
          : MAPPER.getTypeFactory().constructType(model);
    }

    Object read(String json) throws IOException {
      return MAPPER.readValue(json, javaType());
    }
  }

  @ParameterizedTest
  @EnumSource(Example.class)
  void theSeedExampleRoundTrips(Example example) throws IOException {
    String json = example.json();
    String written = MAPPER.writeValueAsString(example.read(json));
    JsonTrees.assertSame(MAPPER.readTree(json), MAPPER.readTree(written));
  }

  @ParameterizedTest
  @EnumSource(Example.class)
  void fieldsTheSpecDoesNotDeclareSurviveAtEveryLevel(Example example) throws IOException {
    JsonNode input = MAPPER.readTree(example.json());
    JsonTrees.addToEveryObject(input, "x_added_by_test",
        MAPPER.readTree("{\"n\": 1.50, \"list\": [1, \"two\", null, {\"deep\": null}], \"none\": null}"));
    String written = MAPPER.writeValueAsString(example.read(MAPPER.writeValueAsString(input)));
    JsonTrees.assertSame(input, MAPPER.readTree(written));
    assertThat(written).contains("\"n\":1.50");
  }

  @Test
  void frontEpochSecondsKeepTheirDigits() throws IOException {
    Object conversation = Example.FRONT.read(Example.FRONT.json());
    assertThat(call(conversation, "createdAt")).hasToString("1453770984.123");
    assertThat(MAPPER.writeValueAsString(conversation))
        .contains("\"created_at\":1453770984.123")
        .doesNotContain("E+9");
  }

  @Test
  void frontStatusesTheSpecDoesNotListAreKept() throws IOException {
    ObjectNode input = (ObjectNode) MAPPER.readTree(Example.FRONT.json());
    input.put("status", "snoozed");
    ((ObjectNode) input.get("recipient")).put("role", "reply-to");
    Object conversation = Example.FRONT.read(MAPPER.writeValueAsString(input));
    Object status = call(conversation, "status");
    assertThat(call(status, "isKnown")).isEqualTo(false);
    assertThat(call(status, "value")).isEqualTo("snoozed");
    JsonTrees.assertSame(input, MAPPER.readTree(MAPPER.writeValueAsString(conversation)));
  }

  @ParameterizedTest
  @EnumSource(value = Example.class, names = {"CHATWOOT", "INQUIRLY"})
  void chatwootCompatibleStatusesAndMessageTypesTheSpecDoesNotListAreKept(Example example) throws IOException {
    JsonNode input = MAPPER.readTree(example.json());
    ObjectNode conversation = (ObjectNode) input.get(0);
    conversation.put("status", "snoozed");
    ((ObjectNode) conversation.get("messages").get(0)).put("message_type", "carrier_pigeon");
    ((ObjectNode) conversation.get("meta").get("assignee")).put("role", "supervisor");
    List<?> read = (List<?>) example.read(MAPPER.writeValueAsString(input));
    assertThat(call(call(read.get(0), "status"), "isKnown")).isEqualTo(false);
    JsonTrees.assertSame(input, MAPPER.readTree(MAPPER.writeValueAsString(read)));
  }

  @Test
  void highLevelMessageTypesTheSpecDoesNotListAreKept() throws IOException {
    ObjectNode input = (ObjectNode) MAPPER.readTree(Example.HIGHLEVEL.json());
    ((ObjectNode) input.get("conversations").get(0)).put("lastMessageType", "TYPE_CARRIER_PIGEON");
    Object response = Example.HIGHLEVEL.read(MAPPER.writeValueAsString(input));
    Object first = ((List<?>) call(response, "conversations")).get(0);
    assertThat(call(call(first, "lastMessageType"), "value")).isEqualTo("TYPE_CARRIER_PIGEON");
    JsonTrees.assertSame(input, MAPPER.readTree(MAPPER.writeValueAsString(response)));
  }

  @ParameterizedTest
  @EnumSource(Example.class)
  void aTreeReadsAsTheTextReads(Example example) throws IOException {
    Object byJackson = example.read(example.json());
    com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(example.json());
    Class<?> model = example.modelClass(example.type);
    List<Object> converted = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode item : example.array ? tree : List.of(tree)) {
      converted.add(MAPPER.treeToValue(item, model));
    }
    assertThat(example.array ? converted : converted.get(0)).isEqualTo(byJackson);
  }
}
