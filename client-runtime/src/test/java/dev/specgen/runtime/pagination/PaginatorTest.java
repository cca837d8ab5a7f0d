package dev.specgen.runtime.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.ApiClientCore;
import dev.specgen.runtime.ApiRequest;
import dev.specgen.runtime.ClientConfig;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.RecordedRequest;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each pagination style against a local server that pages through five items. */
class PaginatorTest {

  private static final List<String> IDS = List.of("c1", "c2", "c3", "c4", "c5");

  private final TestServer server = TestServer.start().handler(this::page);
  private final ApiClientCore core =
      new ApiClientCore(ClientConfig.builder().baseUrl(server.baseUrl() + "/api").retryPolicy(RetryPolicy.none()).build());

  record Item(@JsonProperty("id") String id) {}

  record Page(
      @JsonProperty("results") List<Item> results,
      @JsonProperty("next_url") String nextUrl,
      @JsonProperty("next_cursor") String nextCursor) {}

  /** A generated request type: immutable, with copy-and-change methods. */
  record ListItems(Integer limit, String cursor, String after, Integer page) {
    ListItems withCursor(String value) {
      return new ListItems(limit, value, after, page);
    }

    ListItems withAfter(String value) {
      return new ListItems(limit, cursor, value, page);
    }

    ListItems withPage(Integer value) {
      return new ListItems(limit, cursor, after, value);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Serves IDS a slice at a time, addressed by offset cursor, last id or page number. */
  private Reply page(RecordedRequest request) {
    Map<String, String> query = query(request.rawQuery());
    int limit = Integer.parseInt(query.getOrDefault("limit", "2"));
    int start = 0;
    if (query.containsKey("cursor")) {
      start = Integer.parseInt(query.get("cursor"));
    } else if (query.containsKey("after")) {
      start = IDS.indexOf(query.get("after")) + 1;
    } else if (query.containsKey("page")) {
      start = (Integer.parseInt(query.get("page")) - 1) * limit;
    }
    int end = Math.min(start + limit, IDS.size());
    String results = IDS.subList(Math.min(start, end), end).stream().map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","));
    String next = end < IDS.size() ? "\"" + end + "\"" : "null";
    String nextUrl = end < IDS.size() ? "\"" + server.baseUrl() + "/api/items?cursor=" + end + "&limit=" + limit + "\"" : "null";
    return Reply.json(200, "{\"results\":[" + results + "],\"next_cursor\":" + next + ",\"next_url\":" + nextUrl + "}");
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        String[] parts = pair.split("=", 2);
        values.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
    return values;
  }

  private Page fetch(ListItems request) {
    return core.execute(
        "listItems",
        ApiRequest.get("/items")
            .query("limit", request.limit())
            .query("cursor", request.cursor())
            .query("after", request.after())
            .query("page", request.page())
            .build(),
        null,
        Page.class);
  }

  private Page fetchUrl(String url) {
    return core.execute("listItems", ApiRequest.getUrl(url).build(), null, Page.class);
  }

  private Paginator<Page, Item> nextUrlPaginator() {
    return Paginator.nextUrl(new ListItems(2, null, null, null), this::fetch, this::fetchUrl, Page::results, Page::nextUrl);
  }

  private Paginator<Page, Item> cursorPaginator() {
    return Paginator.cursor(new ListItems(2, null, null, null), this::fetch, Page::results, Page::nextCursor, ListItems::withCursor);
  }

  /** Written with implicit lambdas, the way generated code calls it, to prove the types infer. */
  private Paginator<Page, Item> keysetPaginator() {
    return Paginator.keyset(
        new ListItems(2, null, null, null), this::fetch, Page::results, last -> last.id(), (req, key) -> req.withAfter(key));
  }

  private Paginator<Page, Item> pageNumberPaginator() {
    return Paginator.pageNumber(new ListItems(2, null, null, 1), this::fetch, Page::results, 1, ListItems::withPage, 2);
  }

  @Test
  void nextUrlStyleFollowsTheServersLinks() {
    assertThat(nextUrlPaginator().stream().map(Item::id)).containsExactlyElementsOf(IDS);
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
        .containsExactly("limit=2", "cursor=2&limit=2", "cursor=4&limit=2");
  }

  @Test
  void cursorStyleCarriesTheCursorIntoTheNextRequest() {
    assertThat(cursorPaginator().stream().map(Item::id)).containsExactlyElementsOf(IDS);
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
        .containsExactly("limit=2", "limit=2&cursor=2", "limit=2&cursor=4");
  }

  @Test
  void keysetStyleContinuesAfterTheLastItemAndStopsOnlyOnAnEmptyPage() {
    // The short third page is not taken as the last: a server may cap the page size.
    assertThat(keysetPaginator().stream().map(Item::id)).containsExactlyElementsOf(IDS);
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
        .containsExactly("limit=2", "limit=2&after=c2", "limit=2&after=c4", "limit=2&after=c5");
  }

  @Test
  void keysetStyleStopsWhenTheKeyDoesNotAdvance() {
    List<ListItems> fetched = new ArrayList<>();
    Paginator<Page, Item> paginator = Paginator.keyset(new ListItems(2, null, null, null), request -> {
      fetched.add(request);
      return new Page(List.of(new Item("c1"), new Item("c2")), null, null); // the same page every time
    }, Page::results, Item::id, ListItems::withAfter);

    assertThat(paginator.stream().map(Item::id)).containsExactly("c1", "c2", "c1", "c2");
    assertThat(fetched).extracting(ListItems::after).containsExactly(null, "c2");
  }

  @Test
  void keysetStyleStopsOnAnEmptyPageWhenThePageSizeIsUnknown() {
    Paginator<Page, Item> paginator =
        Paginator.keyset(new ListItems(null, null, null, null), this::fetch, Page::results, Item::id, ListItems::withAfter);

    assertThat(paginator.stream().map(Item::id)).containsExactlyElementsOf(IDS);
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
        .containsExactly(null, "after=c2", "after=c4", "after=c5");
  }

  @Test
  void pageNumberStyleIncrementsThePageAndStopsOnAShortPage() {
    assertThat(pageNumberPaginator().stream().map(Item::id)).containsExactlyElementsOf(IDS);
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
        .containsExactly("limit=2&page=1", "limit=2&page=2", "limit=2&page=3");
  }

  @Test
  void pageNumberStyleStopsOnAnEmptyPage() {
    Paginator<Page, Item> paginator =
        Paginator.pageNumber(new ListItems(5, null, null, 1), this::fetch, Page::results, 1, ListItems::withPage, 5);

    assertThat(paginator.stream().map(Item::id)).containsExactlyElementsOf(IDS);
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery).containsExactly("limit=5&page=1", "limit=5&page=2");
  }

  @Test
  void everyStyleFetchesANewPageOnlyAfterThePreviousPagesLastItemIsConsumed() {
    for (Paginator<Page, Item> paginator :
        List.of(nextUrlPaginator(), cursorPaginator(), keysetPaginator(), pageNumberPaginator())) {
      int before = server.requests().size();
      Iterator<Item> items = paginator.iterator();
      assertThat(server.requests()).as("nothing is fetched before iteration").hasSize(before);

      List<Integer> requestsSeenPerItem = new ArrayList<>();
      while (items.hasNext()) {
        items.next();
        requestsSeenPerItem.add(server.requests().size() - before);
      }

      assertThat(requestsSeenPerItem).containsExactly(1, 1, 2, 2, 3);
    }
  }

  @Test
  void iteratorDoesNotRequestPageTwoUntilAskedForMoreAfterPageOnesLastItem() {
    Iterator<Item> items = cursorPaginator().iterator();

    items.next();
    items.next();
    assertThat(server.requests()).hasSize(1);

    assertThat(items.hasNext()).isTrue();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aShortStreamFetchesOnlyThePagesItNeeds() {
    assertThat(keysetPaginator().stream().limit(3).map(Item::id)).containsExactly("c1", "c2", "c3");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void pagesAreAvailableThemselves() {
    List<Integer> sizes = new ArrayList<>();
    for (Page page : cursorPaginator().pages()) {
      sizes.add(page.results().size());
    }

    assertThat(sizes).containsExactly(2, 2, 1);
    assertThat(pageNumberPaginator().pageStream().count()).isEqualTo(3);
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    Paginator<Page, Item> paginator = cursorPaginator();

    assertThat(paginator.stream().count()).isEqualTo(5);
    assertThat(paginator.stream().count()).isEqualTo(5);
    assertThat(server.requests()).hasSize(6);
  }

  @Test
  void aServerRepeatingTheSameCursorCannotCauseAnEndlessLoop() {
    List<String> fetchedCursors = new ArrayList<>();
    Paginator<List<String>, String> paginator =
        Paginator.cursor(
            "start",
            cursor -> {
              fetchedCursors.add(cursor);
              return List.of("x");
            },
            page -> page,
            page -> "same",
            (request, cursor) -> cursor);

    assertThat(paginator.stream().count()).isEqualTo(2);
    assertThat(fetchedCursors).containsExactly("start", "same");
  }

  @Test
  void customRuleThroughOf() {
    Paginator<List<Integer>, Integer> paginator =
        Paginator.of(
            0,
            offset -> offset < 6 ? List.of(offset, offset + 1) : List.of(),
            page -> page,
            (offset, page) -> page.isEmpty() ? Optional.empty() : Optional.of(offset + 2));

    assertThat(paginator.stream()).containsExactly(0, 1, 2, 3, 4, 5);
  }
}
