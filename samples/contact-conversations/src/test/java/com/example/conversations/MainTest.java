package com.example.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void listsTheContactsConversationsOfEveryProviderFromTheMockServer() {
    Run run = Run.of(Map.of());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.ids("Front")).containsExactly(
        "cnv_55c8c149", "cnv_6b1e2f0a", "cnv_6b1e2f0b", "cnv_6b1e2f0c", "cnv_6b1e2f0d");
    assertThat(run.ids("Chatwoot")).containsExactly("123", "118");
    assertThat(run.ids("HighLevel")).containsExactly("ABCHkzuJQ8ZMd4Te84GK",
        "qHx2VTUXrBfGnwKVSQ1w", "b8R1mZtq4Lw0Yc6JpEoV", "Zp3kWq9sTn7Xv2MdLfGh",
        "N4cVb8XzQw2ErTy6UiOp");
    assertThat(run.ids("Inquirly")).containsExactly("2041");
    assertThat(run.rows()).hasSize(13);
    assertThat(run.out()).contains("13 conversation(s): Front 5, Chatwoot 2, HighLevel 5, Inquirly 1.");
  }

  @Test
  void printsStatusSubjectAssigneeAndCreationTime() {
    Run run = Run.of(Map.of());

    assertThat(run.rows("Front").get(0)).containsExactly("Front", "cnv_55c8c149", "archived",
        "You broke my heart, Hubert.", "Leela Turanga", "2016-01-26 01:16");
    assertThat(run.rows("Front").get(2)).containsExactly("Front", "cnv_6b1e2f0b", "unassigned",
        "Invoice for the Omicron Persei 8 delivery", "-", "2016-01-24 01:16");
    assertThat(run.rows("Chatwoot").get(0)).containsExactly("Chatwoot", "123", "open",
        "Hi! Can I change the delivery address of...", "Amy Wong", "2024-06-03 16:00");
    assertThat(run.rows("HighLevel").get(0)).containsExactly("HighLevel", "ABCHkzuJQ8ZMd4Te84GK",
        "unread (1)", "This is a sample message body", "-", "2021-08-03 16:27 *");
    assertThat(run.rows("Inquirly").get(0)).containsExactly("Inquirly", "2041", "pending",
        "Is the clinic open on Saturdays?", "John Zoidberg", "2024-06-04 16:00");
  }

  @Test
  void followsFrontsNextUrlsAndHighLevelsKeysetToTheLastPage() {
    Run run = Run.of(Map.of());

    List<String> requests = run.out().lines().filter(l -> l.startsWith("  GET ")).toList();
    assertThat(requests).filteredOn(r -> r.contains("/front/")).containsExactly(
        "  GET /front/contacts/crd_123/conversations?limit=2 -> 200, 2 conversation(s)",
        "  GET /front/contacts/crd_123/conversations?limit=2&page_token=b2Zmc2V0OjI -> 200, 2 conversation(s)",
        "  GET /front/contacts/crd_123/conversations?limit=2&page_token=b2Zmc2V0OjQ -> 200, 1 conversation(s)");
    assertThat(requests).filteredOn(r -> r.contains("/highlevel/")).containsExactly(
        "  GET /highlevel/conversations/search?locationId=ABCHkzuJQ8ZMd4Te84GK&contactId=9VEmS0si86GW6gXWU89b&limit=2 -> 200, 2 conversation(s)",
        "  GET /highlevel/conversations/search?locationId=ABCHkzuJQ8ZMd4Te84GK&contactId=9VEmS0si86GW6gXWU89b&limit=2&startAfterDate=1627921653263 -> 200, 2 conversation(s)",
        "  GET /highlevel/conversations/search?locationId=ABCHkzuJQ8ZMd4Te84GK&contactId=9VEmS0si86GW6gXWU89b&limit=2&startAfterDate=1627748853263 -> 200, 1 conversation(s)",
        // a short page is not taken as the last one (a server may cap the page size): the empty page ends it
        "  GET /highlevel/conversations/search?locationId=ABCHkzuJQ8ZMd4Te84GK&contactId=9VEmS0si86GW6gXWU89b&limit=2&startAfterDate=1627662453263 -> 200, 0 conversation(s)");
  }

  @Test
  void aLargerPageSizeNeedsFewerRequests() {
    Run run = Run.of(Map.of(), "--page-size", "3");

    assertThat(run.code()).isZero();
    assertThat(run.rows()).hasSize(13);
    assertThat(run.out().lines().filter(l -> l.startsWith("  GET /front/"))).hasSize(2);
    assertThat(run.out().lines().filter(l -> l.startsWith("  GET /highlevel/"))).hasSize(3); // 3 + 2 + empty
  }

  @Test
  void listsOnlyTheConfiguredProvidersWhenSettingsAreGiven() throws Exception {
    try (MockServer mock = MockServer.start()) {
      Run run = Run.of(Map.of("FRONT_API_TOKEN", MockServer.FRONT_TOKEN),
          "--front-base-url", mock.baseUrl("front"), "--front-contact-id=crd_123");

      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.ids("Front")).hasSize(5);
      assertThat(run.rows()).hasSize(5);
      assertThat(run.out()).contains("Not configured, skipped: Chatwoot, HighLevel, Inquirly");
      assertThat(mock.log()).hasSize(1);
    }
  }
}
