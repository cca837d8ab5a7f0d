package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import dev.specgen.testing.TestServer;
import dev.specgen.testing.TestServer.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each flagship client, generated and compiled, sends exactly the request its spec describes to a
 * real server on 127.0.0.1, and decodes the seeds' example responses into the typed models.
 */
class FlagshipRequestsTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static final String FRONT_SCENARIO = """
      package test.front;

      import java.util.List;

      public final class Scenario {
        public static ConversationPage list(String baseUrl, String contactId) {
          FrontClient client = FrontClient.builder().baseUrl(baseUrl).bearerToken("front-token").build();
          return client.listContactConversations(ListContactConversationsRequest.builder()
              .contactId(contactId)
              .q(ConversationQuery.builder()
                  .statuses(List.of(ConversationStatus.ASSIGNED, ConversationStatus.ARCHIVED))
                  .build())
              .limit(25)
              .pageToken("tok 1")
              .build());
        }

        public static String summary(ConversationPage page) {
          Conversation first = page.results().get(0);
          return first.id() + "|" + first.status().value() + "|" + first.createdAt().toPlainString()
              + "|" + first.assignee().username() + "|" + first.lastMessage().author().email();
        }
      }
      """;

  @Test
  void frontSendsDeepObjectQueryEncodedAliasAndBearerToken() {
    InMemoryCompiler.Compilation code = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("front.yaml"),
        "test.front", Map.of("test/front/Scenario.java", FRONT_SCENARIO));
    server.enqueue(Response.json(200, Examples.of("front.yaml")));

    Object page = Invoke.callStatic(code.loadClass("test.front.Scenario"), "list", server.baseUrl(),
        "alt:email:leela@planet-express.com");

    TestServer.Request request = server.lastRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/contacts/alt%3Aemail%3Aleela%40planet-express.com/conversations");
    assertThat(TestServer.queryPairs(request.rawQuery())).containsExactly(
        "q%5Bstatuses%5D=assigned", "q%5Bstatuses%5D=archived", "limit=25", "page_token=tok%201");
    assertThat(request.header("Authorization")).isEqualTo("Bearer front-token");
    assertThat(request.header("User-Agent")).contains("specgen/", "FrontClient");
    assertThat(Invoke.callStatic(code.loadClass("test.front.Scenario"), "summary", page))
        .isEqualTo("cnv_55c8c149|archived|1453770984.123|leela|leela@planet-express.com");
  }

  private static final String CHATWOOT_SCENARIO = """
      package test.%1$s;

      import java.math.BigDecimal;
      import java.util.List;

      public final class Scenario {
        public static List<ContactConversation> list(String baseUrl) {
          %2$sClient client = %2$sClient.builder().baseUrl(baseUrl).apiAccessToken("cw-token").build();
          return client.listContactConversations(ListContactConversationsRequest.builder()
              .accountId(7)
              .id(new BigDecimal("42"))
              .build());
        }

        public static String summary(List<ContactConversation> conversations) {
          ContactConversation first = conversations.get(0);
          return conversations.size() + "|" + first.status().value() + "|"
              + first.messages().get(0).contentType().value() + "|"
              + first.meta().assignee().role().value() + "|" + first.customAttributes();
        }
      }
      """;

  @Test
  void chatwootSendsApiAccessTokenAndNumericPathIds() {
    assertChatwootCompatible("chatwoot", "Chatwoot");
  }

  @Test
  void inquirlySendsApiAccessTokenAndNumericPathIds() {
    assertChatwootCompatible("inquirly", "Inquirly");
  }

  private void assertChatwootCompatible(String name, String api) {
    InMemoryCompiler.Compilation code = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec(name + ".yaml"),
        "test." + name, Map.of("test/" + name + "/Scenario.java", CHATWOOT_SCENARIO.formatted(name, api)));
    server.enqueue(Response.json(200, Examples.of(name + ".yaml")));

    Object conversations = Invoke.callStatic(code.loadClass("test." + name + ".Scenario"), "list", server.baseUrl());

    TestServer.Request request = server.lastRequest();
    assertThat(request.method() + " " + request.target())
        .isEqualTo("GET /api/v1/accounts/7/contacts/42/conversations");
    assertThat(request.header("api_access_token")).isEqualTo("cw-token");
    assertThat(request.header("Authorization")).isNull();
    assertThat(Invoke.callStatic(code.loadClass("test." + name + ".Scenario"), "summary", conversations))
        .asString()
        .startsWith("1|open|text|agent|")
        .contains("attribute_key=attribute_value", "priority_conversation_number=3");
  }

  private static final String HIGHLEVEL_SCENARIO = """
      package test.highlevel;

      import java.math.BigDecimal;
      import java.util.List;

      public final class Scenario {
        public static SearchConversationsResponse search(String baseUrl) {
          HighLevelClient client = HighLevelClient.builder().baseUrl(baseUrl).bearerToken("hl-token").build();
          return client.searchConversations(SearchConversationsRequest.builder()
              .locationId("ABCHkzuJQ8ZMd4Te84GK")
              .contactId("9VEmS0si86GW6gXWU89b")
              .assignedTo(List.of("ABCHkzuJQ8ZMd4Te84GK", "unassigned"))
              .followers(List.of("f1", "f2"))
              .mentions(List.of("m1"))
              .id("conv1")
              .lastMessageAction(SearchConversationsLastMessageAction.MANUAL)
              .lastMessageDirection(SearchConversationsLastMessageDirection.INBOUND)
              .lastMessageType(LastMessageType.TYPE_SMS)
              .limit(20)
              .query("hello world")
              .scoreProfile("sp1")
              .scoreProfileMin(new BigDecimal("20"))
              .scoreProfileMax(new BigDecimal("80"))
              .sort(SearchConversationsSort.DESC)
              .sortBy(SearchConversationsSortBy.LAST_MESSAGE_DATE)
              .sortScoreProfile("sp2")
              .startAfterDate(1600854L)
              .status(SearchConversationsStatus.UNREAD)
              .build());
        }

        public static String summary(SearchConversationsResponse response) {
          Conversation first = response.conversations().get(0);
          return response.total() + "|" + first.id() + "|" + first.contactId() + "|" + first.fullName();
        }
      }
      """;

  @Test
  void highLevelSendsVersionHeaderCommaSeparatedIdsAndEveryQueryParameter() {
    InMemoryCompiler.Compilation code = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("highlevel.yaml"),
        "test.highlevel", Map.of("test/highlevel/Scenario.java", HIGHLEVEL_SCENARIO));
    server.enqueue(Response.json(200, Examples.of("highlevel.yaml")));

    Object response = Invoke.callStatic(code.loadClass("test.highlevel.Scenario"), "search", server.baseUrl());

    TestServer.Request request = server.lastRequest();
    assertThat(request.rawPath()).isEqualTo("/conversations/search");
    assertThat(request.header("Version")).isEqualTo("2021-04-15");
    assertThat(request.header("Authorization")).isEqualTo("Bearer hl-token");
    List<String> pairs = TestServer.queryPairs(request.rawQuery());
    assertThat(pairs).contains(
        "locationId=ABCHkzuJQ8ZMd4Te84GK", "contactId=9VEmS0si86GW6gXWU89b",
        "assignedTo=ABCHkzuJQ8ZMd4Te84GK,unassigned", "followers=f1,f2", "mentions=m1", "id=conv1",
        "lastMessageAction=manual", "lastMessageDirection=inbound", "lastMessageType=TYPE_SMS",
        "limit=20", "query=hello%20world", "scoreProfile=sp1", "scoreProfileMin=20",
        "scoreProfileMax=80", "sort=desc", "sortBy=last_message_date", "sortScoreProfile=sp2",
        "startAfterDate=1600854", "status=unread");
    assertThat(pairs).hasSize(19);
    assertThat(Invoke.callStatic(code.loadClass("test.highlevel.Scenario"), "summary", response))
        .asString().matches("\\d+\\|[^|]+\\|[^|]+\\|.+");
  }
}
