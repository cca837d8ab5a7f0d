package dev.specgen.runtime.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The sequence of pages that starts at a first request and follows a next-request rule. Each
 * iterator fetches a page only when {@link Iterator#hasNext()} needs it and keeps no page but the
 * one it is about to return.
 *
 * @param <R> the step type
 * @param <P> the page type
 */
final class PageChain<R, P> implements Iterable<P> {

  private final PageWalk<R, P, ?, P> walk;

  PageChain(PageWalk<R, P, ?, P> walk) {
    this.walk = walk;
  }

  @Override
  public Iterator<P> iterator() {
    return new PageIterator();
  }

  private final class PageIterator implements Iterator<P> {
    private R pending = walk.first();
    private P fetched;

    @Override
    public boolean hasNext() {
      if (fetched == null && pending != null) {
        R request = pending;
        fetched = walk.fetch().apply(request);
        pending = fetched == null ? null : walk.after(request, fetched);
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
