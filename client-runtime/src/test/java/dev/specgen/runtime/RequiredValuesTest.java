package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequiredValuesTest {

  private record Item(String id, String name, Integer size) {}

  @Test
  void aRequestWithEveryRequiredValueIsReturnedAsBuilt() {
    RequiredValues required = new RequiredValues("ItemRequest");

    Item item = required.check(new Item(required.of("i1", "id"), required.of("hat", "name"), null));

    assertThat(item).isEqualTo(new Item("i1", "hat", null));
  }

  @Test
  void theFailureNamesEveryMissingValueInOrder() {
    RequiredValues required = new RequiredValues("ItemRequest");
    Item item = new Item(required.of(null, "id"), required.of(null, "name"), 3);

    assertThatThrownBy(() -> required.check(item))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ItemRequest is missing required values: id, name");
  }

  @Test
  void theFailureCallsTheMissingPartsByTheNounGiven() {
    RequiredValues required = new RequiredValues("Conversation", "properties");
    required.of(null, "id");
    required.of("open", "status");

    assertThatThrownBy(required::check)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Conversation is missing required properties: id");
  }

  @Test
  void aRequirementThatIsNotOneValueIsNamedAsDescribed() {
    RequiredValues required = new RequiredValues("NotesRequest");
    required.missingIf(false, "one of body, textBody");
    assertThat(required.check("built")).isEqualTo("built");

    required.missingIf(true, "one of body, textBody");
    assertThatThrownBy(() -> required.check("built"))
        .hasMessage("NotesRequest is missing required values: one of body, textBody");
  }
}
