package dev.specgen.specs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.ir.ApiModel;
import dev.specgen.read.LoadResult;
import dev.specgen.read.SpecLoader;
import dev.specgen.testing.SpecgenTestKit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The flagship specs load cleanly: no errors, no warnings, and the expected operation. */
class FlagshipSpecsLoadTest {

  @ParameterizedTest
  @CsvSource({
      "front.yaml, Front, listContactConversations, /contacts/{contact_id}/conversations",
      "chatwoot.yaml, Chatwoot, listContactConversations, /api/v1/accounts/{account_id}/contacts/{id}/conversations",
      "inquirly.yaml, Inquirly, listContactConversations, /api/v1/accounts/{account_id}/contacts/{id}/conversations",
      "highlevel.yaml, HighLevel, searchConversations, /conversations/search"
  })
  void loadsWithoutErrorsOrWarnings(String file, String apiName, String operationId, String path) {
    LoadResult result = SpecLoader.load(SpecgenTestKit.flagshipSpec(file));

    assertThat(result.diagnostics().all()).isEmpty();
    ApiModel model = result.model().orElseThrow();
    assertThat(model.apiName()).isEqualTo(apiName);
    assertThat(model.operations()).singleElement().satisfies(operation -> {
      assertThat(operation.operationId()).isEqualTo(operationId);
      assertThat(operation.path()).isEqualTo(path);
    });
  }
}
