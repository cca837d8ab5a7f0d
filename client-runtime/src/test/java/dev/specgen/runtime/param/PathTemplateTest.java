package dev.specgen.runtime.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  @Test
  void replacesEveryPlaceholder() {
    assertThat(PathTemplate.expand("/contacts/{contact_id}/notes/{id}", Map.of("contact_id", "c%2F1", "id", "n1")))
        .isEqualTo("/contacts/c%2F1/notes/n1");
  }

  @Test
  void valuesWithDollarSignsAreTakenLiterally() {
    assertThat(PathTemplate.expand("/a/{x}", Map.of("x", "$1"))).isEqualTo("/a/$1");
  }

  @Test
  void missingValueIsNamed() {
    assertThatThrownBy(() -> PathTemplate.expand("/contacts/{contact_id}", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact_id");
  }

  @Test
  void valueWithoutPlaceholderIsRefused() {
    assertThatThrownBy(() -> PathTemplate.expand("/contacts", Map.of("contact_id", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact_id");
  }
}
