package dev.specgen.runtime.pagination;

import dev.specgen.runtime.FailureCauses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The items of a paginated operation, fetched page by page without blocking any thread: each page
 * is requested when the previous one has been handed to the caller's action. The stopping rules
 * are those of {@link Paginator}; every {@link #forEach} or {@link #forEachPage} starts again from
 * the first page.
 *
 * <p>The returned future completes when the last page has been handled, or exceptionally with the
 * very exception the blocking paginator would throw (a {@code SpecgenException}, not wrapped in a
 * {@link CompletionException}). Cancelling it stops the walk and cancels the page request in
 * flight. Actions run on the thread that completed the page's request, so they should not block.
 *
 * @param <P> the page (response) type
 * @param <I> the item type
 */
public final class AsyncPaginator<P, I> {

  private final PageWalk<?, P, I, CompletableFuture<P>> walk;

  private AsyncPaginator(PageWalk<?, P, I, CompletableFuture<P>> walk) {
    this.walk = walk;
  }

  /**
   * Paginates with any rule: after each page, {@code next} derives the following request or ends
   * the sequence; a derived request equal to the current one also ends it.
   *
   * @param first the first page's request
   * @param fetch starts fetching the page for a request
   * @param items takes the items out of a page
   * @param next derives the next request from the current one and its page, or returns empty
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> AsyncPaginator<P, I> of(
      R first,
      Function<? super R, CompletableFuture<P>> fetch,
      Function<? super P, ? extends List<I>> items,
      BiFunction<? super R, ? super P, Optional<R>> next) {
    return new AsyncPaginator<>(PageWalk.<R, P, I, CompletableFuture<P>>of(first, fetch, items, next));
  }

  /**
   * The next-URL style, as {@link Paginator#nextUrl}.
   *
   * @param first the first page's request
   * @param fetch starts fetching the first page
   * @param fetchUrl starts fetching a page by its URL
   * @param items takes the items out of a page
   * @param nextUrl reads the next page's URL from a page, null at the end
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> AsyncPaginator<P, I> nextUrl(
      R first,
      Function<? super R, CompletableFuture<P>> fetch,
      Function<String, CompletableFuture<P>> fetchUrl,
      Function<? super P, ? extends List<I>> items,
      Function<? super P, String> nextUrl) {
    return new AsyncPaginator<>(
        PageWalk.<R, P, I, CompletableFuture<P>>nextUrl(first, fetch, fetchUrl, items, nextUrl));
  }

  /**
   * The cursor style, as {@link Paginator#cursor}.
   *
   * @param first the first page's request
   * @param fetch starts fetching the page for a request
   * @param items takes the items out of a page
   * @param cursor reads the next cursor from a page
   * @param withCursor returns a copy of the request with the cursor set
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> AsyncPaginator<P, I> cursor(
      R first,
      Function<? super R, CompletableFuture<P>> fetch,
      Function<? super P, ? extends List<I>> items,
      Function<? super P, String> cursor,
      BiFunction<? super R, String, R> withCursor) {
    return new AsyncPaginator<>(
        PageWalk.<R, P, I, CompletableFuture<P>>cursor(first, fetch, items, cursor, withCursor));
  }

  /**
   * The keyset style, as {@link Paginator#keyset}.
   *
   * @param first the first page's request
   * @param fetch starts fetching the page for a request
   * @param items takes the items out of a page
   * @param key reads the key from an item
   * @param withKey returns a copy of the request continuing after the key
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @param <K> the key type
   * @return the paginator
   */
  public static <R, P, I, K> AsyncPaginator<P, I> keyset(
      R first,
      Function<? super R, CompletableFuture<P>> fetch,
      Function<? super P, ? extends List<I>> items,
      Function<? super I, ? extends K> key,
      BiFunction<? super R, ? super K, R> withKey) {
    return new AsyncPaginator<>(
        PageWalk.<R, P, I, K, CompletableFuture<P>>keyset(first, fetch, items, key, withKey));
  }

  /**
   * The page-number style, as {@link Paginator#pageNumber}.
   *
   * @param first the first page's request
   * @param fetch starts fetching the page for a request
   * @param items takes the items out of a page
   * @param firstPageNumber the page number of the first request, usually 0 or 1
   * @param withPage returns a copy of the request for a page number
   * @param pageSize the page size the request asks for, or null if it sets none
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> AsyncPaginator<P, I> pageNumber(
      R first,
      Function<? super R, CompletableFuture<P>> fetch,
      Function<? super P, ? extends List<I>> items,
      int firstPageNumber,
      BiFunction<? super R, Integer, R> withPage,
      Integer pageSize) {
    return new AsyncPaginator<>(PageWalk.<R, P, I, CompletableFuture<P>>pageNumber(
        first, fetch, items, firstPageNumber, withPage, pageSize));
  }

  /**
   * Hands every item to {@code action}, page after page.
   *
   * @param action called once per item, in order; an exception it throws ends the walk with it
   * @return a future completing when every item has been handled
   */
  public CompletableFuture<Void> forEach(Consumer<? super I> action) {
    return forEachPage(page -> walk.items().apply(page).forEach(action));
  }

  /**
   * Hands every page to {@code action}, for callers who need page-level data such as totals.
   *
   * @param action called once per page, in order; an exception it throws ends the walk with it
   * @return a future completing when every page has been handled
   */
  public CompletableFuture<Void> forEachPage(Consumer<? super P> action) {
    return new Walk<>(walk, action).start();
  }

  /**
   * Collects every item into a list. Unlike the other methods this holds all items in memory.
   *
   * @return a future of the items, in order
   */
  public CompletableFuture<List<I>> toList() {
    List<I> collected = Collections.synchronizedList(new ArrayList<>());
    return forEach(collected::add).thenApply(ignored -> List.copyOf(collected));
  }

  @Override
  public String toString() {
    return "AsyncPaginator";
  }

  /**
   * One walk over the pages. A page that is already fetched when its future is returned is handled
   * in the same loop, so a long run of such pages does not grow the stack.
   */
  private static final class Walk<S, P> {
    private final PageWalk<S, P, ?, CompletableFuture<P>> walk;
    private final Consumer<? super P> action;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile CompletableFuture<P> inFlight;

    Walk(PageWalk<S, P, ?, CompletableFuture<P>> walk, Consumer<? super P> action) {
      this.walk = walk;
      this.action = action;
      // Cancelling the caller's future cancels the page request it is waiting for.
      done.whenComplete((ignored, error) -> {
        CompletableFuture<P> pending = inFlight;
        if (done.isCancelled() && pending != null) {
          pending.cancel(true);
        }
      });
    }

    CompletableFuture<Void> start() {
      fetchFrom(walk.first());
      return done;
    }

    private void fetchFrom(S first) {
      S step = first;
      while (step != null && !done.isDone()) {
        CompletableFuture<P> page;
        try {
          page = walk.fetch().apply(step);
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
          return;
        }
        inFlight = page;
        if (done.isCancelled()) {
          page.cancel(true);
          return;
        }
        S current = step;
        if (!page.isDone()) {
          page.whenComplete((result, error) -> fetchFrom(handled(current, result, error)));
          return;
        }
        step = page.handle((result, error) -> handled(current, result, error)).join();
      }
    }

    /** Handles one page's outcome; returns the next step, or null when the walk has ended. */
    private S handled(S step, P page, Throwable error) {
      if (error != null) {
        done.completeExceptionally(FailureCauses.unwrap(error));
        return null;
      }
      if (page == null || done.isDone()) {
        done.complete(null);
        return null;
      }
      try {
        action.accept(page);
        S next = walk.after(step, page);
        if (next == null) {
          done.complete(null);
        }
        return next;
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return null;
      }
    }

  }
}
