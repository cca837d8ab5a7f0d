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

/** The generated auto-paging methods walk real pages, stop on the last one, and fetch lazily. */
class PaginationTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static final String FRONT_SCENARIO = """
      package test.front;

      import java.util.Iterator;

      public final class Scenario {
        public static Iterator<Conversation> iterate(String baseUrl) {
          FrontClient client = FrontClient.builder().baseUrl(baseUrl).bearerToken("t").build();
          return client.listContactConversationsAll(
              ListContactConversationsRequest.builder().contactId("crd_123").limit(2).build()).iterator();
        }

        public static String id(Object conversation) {
          return ((Conversation) conversation).id();
        }

        /** Iterates to the end; describes the exception that stops it, as "Class: error title". */
        public static String failure(String baseUrl) {
          Iterator<Conversation> items = iterate(baseUrl);
          try {
            while (items.hasNext()) {
              items.next();
            }
            return "no failure";
          } catch (FrontNotFoundException e) {
            return e.getClass().getSimpleName() + ": " + e.body().error().title();
          } catch (FrontApiException e) {
            return e.getClass().getSimpleName() + ": " + e.errorBody(ErrorResponse.class)
                .map(body -> body.error().title()).orElse("no error body");
          }
        }
      }
      """;

  @Test
  void frontFollowsPaginationNextAcrossThreePagesOnePageAtATime() {
    InMemoryCompiler.Compilation code = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("front.yaml"),
        "test.front", Map.of("test/front/Scenario.java", FRONT_SCENARIO));
    String base = server.baseUrl();
    server.enqueue(Response.json(200, frontPage(List.of("cnv_1", "cnv_2"), base + "/contacts/crd_123/conversations?page_token=p2&limit=2")))
        .enqueue(Response.json(200, frontPage(List.of("cnv_3", "cnv_4"), base + "/contacts/crd_123/conversations?page_token=p3&limit=2")))
        .enqueue(Response.json(200, frontPage(List.of("cnv_5"), null)));
    Class<?> scenario = code.loadClass("test.front.Scenario");

    java.util.Iterator<?> items = (java.util.Iterator<?>) Invoke.callStatic(scenario, "iterate", base);
    List<String> ids = new java.util.ArrayList<>();
    List<Integer> requestsSeen = new java.util.ArrayList<>();
    while (items.hasNext()) {
      ids.add((String) Invoke.callStatic(scenario, "id", items.next()));
      requestsSeen.add(server.requests().size());
    }

    assertThat(ids).containsExactly("cnv_1", "cnv_2", "cnv_3", "cnv_4", "cnv_5");
    assertThat(requestsSeen).as("page N+1 is fetched only after page N's last item").containsExactly(1, 1, 2, 2, 3);
    assertThat(server.requests()).extracting(TestServer.Request::target).containsExactly(
        "/contacts/crd_123/conversations?limit=2",
        "/contacts/crd_123/conversations?page_token=p2&limit=2",
        "/contacts/crd_123/conversations?page_token=p3&limit=2");
    assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer t"));
  }

  @Test
  void aFailingNextPageThrowsTheOperationsTypedErrorWithItsBody() {
    InMemoryCompiler.Compilation code = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("front.yaml"),
        "test.front", Map.of("test/front/Scenario.java", FRONT_SCENARIO));
    String base = server.baseUrl();
    String notFound = "{\"_error\":{\"status\":404,\"title\":\"Not found\",\"message\":\"gone\"}}";
    server.enqueue(Response.json(404, notFound))
        .enqueue(Response.json(200, frontPage(List.of("cnv_1"), base + "/contacts/crd_123/conversations?page_token=p2")))
        .enqueue(Response.json(404, notFound));
    Class<?> scenario = code.loadClass("test.front.Scenario");

    Object onFirstPage = Invoke.callStatic(scenario, "failure", base);
    Object onSecondPage = Invoke.callStatic(scenario, "failure", base);

    assertThat(onFirstPage).isEqualTo("FrontNotFoundException: Not found");
    assertThat(onSecondPage).isEqualTo(onFirstPage);
    assertThat(server.requests().get(2).target()).isEqualTo("/contacts/crd_123/conversations?page_token=p2");
  }

  private static String frontPage(List<String> ids, String next) {
    StringBuilder results = new StringBuilder();
    for (String id : ids) {
      results.append(results.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
          .append("\",\"status\":\"assigned\",\"created_at\":1453770984.123}");
    }
    return "{\"_pagination\":{\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "},"
        + "\"_links\":{\"self\":\"x\"},\"_results\":[" + results + "]}";
  }

  private static final String HIGHLEVEL_SCENARIO = """
      package test.highlevel;

      import java.util.ArrayList;
      import java.util.List;

      public final class Scenario {
        public static List<String> all(String baseUrl, int limit) {
          HighLevelClient client = HighLevelClient.builder().baseUrl(baseUrl).bearerToken("t").build();
          List<String> ids = new ArrayList<>();
          for (Conversation c : client.searchConversationsAll(SearchConversationsRequest.builder()
              .locationId("loc").contactId("c1").limit(limit).build())) {
            ids.add(c.id());
          }
          return ids;
        }
      }
      """;

  /** Pages through HighLevel's searchConversations asking for {@code limit} a page; the server gives 2. */
  private Object highLevelIds(int limit) {
    InMemoryCompiler.Compilation code = SpecgenTestKit.compileClient(SpecgenTestKit.flagshipSpec("highlevel.yaml"),
        "test.highlevel", Map.of("test/highlevel/Scenario.java", HIGHLEVEL_SCENARIO));
    server.enqueue(Response.json(200, highLevelPage(5, "a", 1000L, "b", 900L)))
        .enqueue(Response.json(200, highLevelPage(5, "c", 800L, "d", 700L)))
        .enqueue(Response.json(200, highLevelPage(5, "e", 600L)))
        .enqueue(Response.json(200, highLevelPage(5)));
    return Invoke.callStatic(code.loadClass("test.highlevel.Scenario"), "all", server.baseUrl(), limit);
  }

  @Test
  void highLevelPagesByStartAfterDateUntilAnEmptyPage() {
    assertThat(highLevelIds(2)).asList().containsExactly("a", "b", "c", "d", "e");
    assertThat(server.requests()).as("the short page costs one extra, empty request").hasSize(4);
    assertThat(server.requests().get(0).rawQuery()).doesNotContain("startAfterDate");
    assertThat(server.requests().get(1).rawQuery()).contains("startAfterDate=900");
    assertThat(server.requests().get(2).rawQuery()).contains("startAfterDate=700");
    assertThat(server.requests().get(3).rawQuery()).contains("startAfterDate=600");
    assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Version")).isEqualTo("2021-04-15"));
  }

  @Test
  void keysetPagingDoesNotStopEarlyWhenTheServerCapsThePageSize() {
    assertThat(highLevelIds(100)).asList().as("asked for 100 a page, the server gives 2")
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(server.requests()).hasSize(4).allSatisfy(r -> assertThat(r.rawQuery()).contains("limit=100"));
  }

  /** A page of conversations given as id, lastMessageDate pairs. */
  private static String highLevelPage(int total, Object... idsAndDates) {
    StringBuilder conversations = new StringBuilder();
    for (int i = 0; i < idsAndDates.length; i += 2) {
      conversations.append(i == 0 ? "" : ",").append("{\"id\":\"").append(idsAndDates[i])
          .append("\",\"contactId\":\"c1\",\"locationId\":\"loc\",\"lastMessageDate\":")
          .append(idsAndDates[i + 1]).append(",\"sort\":[").append(idsAndDates[i + 1]).append("]}");
    }
    return "{\"conversations\":[" + conversations + "],\"total\":" + total + "}";
  }
}
