package dev.specgen.runtime.pagination;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where a sequence of pages starts and how each page leads to the next, apart from how a page is
 * fetched: the blocking {@link Paginator} and the non-blocking {@link AsyncPaginator} walk the
 * same steps with the same stopping rules, and differ only in the fetch result {@code F} (a page,
 * or a future of one).
 *
 * @param first the first step
 * @param fetch fetches the page of a step
 * @param items takes the items out of a page; never returns null
 * @param next derives the next step from a step and its page, or returns empty at the end
 * @param <S> the step type (a request, or a request with a URL or page number)
 * @param <P> the page type
 * @param <I> the item type
 * @param <F> what a fetch returns
 */
record PageWalk<S, P, I, F>(
    S first, Function<S, F> fetch, Function<P, List<I>> items, BiFunction<S, P, Optional<S>> next) {

  /** The first request, or the URL of a later page. */
  record NextUrlStep<R>(R request, String url) {}

  /** A request with the page number it asks for. */
  record PageNumberStep<R>(R request, int number) {}

  /**
   * The next step after {@code step}'s page, or null at the end. A step equal to the current one
   * also ends the walk, so a server that keeps returning the same cursor cannot loop it forever.
   */
  S after(S step, P page) {
    return next.apply(step, page).filter(candidate -> !candidate.equals(step)).orElse(null);
  }

  static <R, P, I, F> PageWalk<R, P, I, F> of(
      R first,
      Function<? super R, ? extends F> fetch,
      Function<? super P, ? extends List<I>> items,
      BiFunction<? super R, ? super P, Optional<R>> next) {
    Objects.requireNonNull(first, "first");
    Function<P, List<I>> itemsOrEmpty = page -> {
      List<I> pageItems = items.apply(page);
      return pageItems == null ? List.of() : pageItems;
    };
    return new PageWalk<R, P, I, F>(first, fetch::apply, itemsOrEmpty, next::apply);
  }

  static <R, P, I, F> PageWalk<NextUrlStep<R>, P, I, F> nextUrl(
      R first,
      Function<? super R, ? extends F> fetch,
      Function<String, ? extends F> fetchUrl,
      Function<? super P, ? extends List<I>> items,
      Function<? super P, String> nextUrl) {
    Function<NextUrlStep<R>, F> fetchStep =
        step -> step.url() == null ? fetch.apply(step.request()) : fetchUrl.apply(step.url());
    return of(
        new NextUrlStep<R>(first, null),
        fetchStep,
        items,
        (step, page) -> nonEmpty(nextUrl.apply(page)).map(url -> new NextUrlStep<>(step.request(), url)));
  }

  static <R, P, I, F> PageWalk<R, P, I, F> cursor(
      R first,
      Function<? super R, ? extends F> fetch,
      Function<? super P, ? extends List<I>> items,
      Function<? super P, String> cursor,
      BiFunction<? super R, String, R> withCursor) {
    return of(first, fetch, items,
        (request, page) -> nonEmpty(cursor.apply(page)).map(c -> withCursor.apply(request, c)));
  }

  static <R, P, I, K, F> PageWalk<R, P, I, F> keyset(
      R first,
      Function<? super R, ? extends F> fetch,
      Function<? super P, ? extends List<I>> items,
      Function<? super I, ? extends K> key,
      BiFunction<? super R, ? super K, R> withKey) {
    return of(first, fetch, items, (request, page) -> {
      List<I> pageItems = items.apply(page);
      if (pageItems == null || pageItems.isEmpty()) {
        return Optional.empty();
      }
      return Optional.ofNullable(key.apply(pageItems.get(pageItems.size() - 1))).map(k -> withKey.apply(request, k));
    });
  }

  static <R, P, I, F> PageWalk<PageNumberStep<R>, P, I, F> pageNumber(
      R first,
      Function<? super R, ? extends F> fetch,
      Function<? super P, ? extends List<I>> items,
      int firstPageNumber,
      BiFunction<? super R, Integer, R> withPage,
      Integer pageSize) {
    Function<PageNumberStep<R>, F> fetchStep = step -> fetch.apply(step.request());
    return of(
        new PageNumberStep<R>(first, firstPageNumber),
        fetchStep,
        items,
        (step, page) -> isLastPage(items.apply(page), pageSize)
            ? Optional.empty()
            : Optional.of(new PageNumberStep<>(withPage.apply(step.request(), step.number() + 1), step.number() + 1)));
  }

  private static boolean isLastPage(List<?> pageItems, Integer pageSize) {
    return pageItems == null || pageItems.isEmpty() || pageSize != null && pageItems.size() < pageSize;
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
