package dev.specgen.runtime.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.ApiClientCore;
import dev.specgen.runtime.ApiRequest;
import dev.specgen.runtime.ClientConfig;
import dev.specgen.runtime.error.NotFoundException;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.testing.TestServer;
import dev.specgen.runtime.testing.TestServer.RecordedRequest;
import dev.specgen.runtime.testing.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The non-blocking pager against a local server that pages through five items by next URL. */
class AsyncPaginatorTest {

  private final TestServer server = TestServer.start().handler(this::page);
  private final ApiClientCore core =
      new ApiClientCore(ClientConfig.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).build());

  record Item(@JsonProperty("id") String id) {}

  record Page(@JsonProperty("results") List<Item> results, @JsonProperty("next_url") String nextUrl) {}

  @AfterEach
  void stop() {
    server.close();
  }

  /** Pages of two items, c1..c5; page 9 does not exist. */
  private Reply page(RecordedRequest request) {
    String query = request.rawQuery() == null ? "page=1" : request.rawQuery();
    int number = Integer.parseInt(query.substring(query.indexOf('=') + 1));
    if (number == 9) {
      return Reply.json(404, "{}");
    }
    List<String> items = new ArrayList<>();
    for (int i = (number - 1) * 2 + 1; i <= Math.min(number * 2, 5); i++) {
      items.add("{\"id\":\"c" + i + "\"}");
    }
    String next = number < 3 ? "\"" + server.baseUrl() + "/items?page=" + (number + 1) + "\"" : "null";
    return Reply.json(200, "{\"results\":[" + String.join(",", items) + "],\"next_url\":" + next + "}");
  }

  private AsyncPaginator<Page, Item> pager(String firstPath) {
    return AsyncPaginator.nextUrl(firstPath,
        path -> core.executeAsync("listItems", ApiRequest.get(path).build(), null, Page.class),
        url -> core.executeAsync("listItems", ApiRequest.getUrl(url).build(), null, Page.class),
        Page::results, Page::nextUrl);
  }

  @Test
  void forEachHandsOverEveryItemPageByPage() {
    List<String> seen = new ArrayList<>();

    pager("/items").forEach(item -> seen.add(item.id())).orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(seen).containsExactly("c1", "c2", "c3", "c4", "c5");
    assertThat(server.requests()).extracting(RecordedRequest::rawQuery).containsExactly(null, "page=2", "page=3");
  }

  @Test
  void eachWalkStartsAgainAtTheFirstPage() {
    AsyncPaginator<Page, Item> pager = pager("/items");
    List<Integer> pageSizes = new ArrayList<>();

    pager.forEachPage(page -> pageSizes.add(page.results().size())).orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertThat(pager.toList().orTimeout(10, TimeUnit.SECONDS).join()).extracting(Item::id).hasSize(5);
  }

  @Test
  void aFailedPageFailsTheWalkWithTheCallsOwnException() {
    CompletableFuture<Throwable> failure = new CompletableFuture<>();

    pager("/items?page=9").forEach(item -> {}).whenComplete((ignored, error) -> failure.complete(error));

    assertThat(failure.orTimeout(10, TimeUnit.SECONDS).join()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void nothingIsFetchedBeyondWhatTheWalkNeedsAndCancellingStopsIt() {
    CompletableFuture<Page> never = new CompletableFuture<>();
    AsyncPaginator<Page, Item> stuck =
        AsyncPaginator.of("first", request -> never, Page::results, (request, page) -> Optional.empty());

    CompletableFuture<Void> walk = stuck.forEach(item -> {});
    walk.cancel(true);

    assertThat(never).as("the page request in flight is cancelled too").isCancelled();
  }

  @Test
  void pagesAlreadyFetchedAreWalkedWithoutGrowingTheStack() {
    Page page = new Page(List.of(new Item("x")), null);
    AsyncPaginator<Page, Item> counting = AsyncPaginator.of(0,
        number -> CompletableFuture.completedFuture(page), Page::results,
        (number, current) -> number < 100_000 ? Optional.of(number + 1) : Optional.empty());
    int[] count = {0};

    counting.forEach(item -> count[0]++).join();

    assertThat(count[0]).isEqualTo(100_001);
  }
}
