package dev.specgen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingularTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "statuses, status",
      "categories, category",
      "addresses, address",
      "boxes, box",
      "matches, match",
      "tags, tag",
      "inboxIds, inboxId",
      "cases, case",
      "labelIDs, labelID",
      // not plurals by these rules: unchanged, so the adder becomes addXItem
      "data, data",
      "status, status",
      "access, access",
      "analysis, analysis",
      "s, s"
  })
  void singularOfAnApiFieldName(String plural, String singular) {
    assertThat(Singular.of(plural)).isEqualTo(singular);
  }
}
