package dev.specgen.runtime.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The sequence of pages that starts at a first request and follows a next-request rule. Each
 * iterator fetches a page only when {@link Iterator#hasNext()} needs it and keeps no page but the
 * one it is about to return.
 *
 * @param <R> the request type
 * @param <P> the page type
 */
final class PageChain<R, P> implements Iterable<P> {

  private final R first;
  private final Function<R, ? extends P> fetch;
  private final BiFunction<R, P, Optional<R>> next;

  PageChain(R first, Function<R, ? extends P> fetch, BiFunction<R, P, Optional<R>> next) {
    this.first = first;
    this.fetch = fetch;
    this.next = next;
  }

  @Override
  public Iterator<P> iterator() {
    return new PageIterator();
  }

  private final class PageIterator implements Iterator<P> {
    private R pending = first;
    private P fetched;

    @Override
    public boolean hasNext() {
      if (fetched == null && pending != null) {
        R request = pending;
        fetched = fetch.apply(request);
        pending = fetched == null ? null : next.apply(request, fetched).filter(n -> !n.equals(request)).orElse(null);
      }
      return fetched != null;
    }

    @Override
    public P next() {
      if (!hasNext()) {
        throw new NoSuchElementException("No more pages");
      }
      P page = fetched;
      fetched = null;
      return page;
    }
  }
}
