package dev.specgen.runtime.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paginated operation, fetched page by page as they are consumed. Only one page is
 * held at a time, and the next page is requested only when the caller asks for an item beyond the
 * current page. Each {@link #iterator()} or stream starts again from the first page.
 *
 * <p>Generated code supplies small functions: fetch a page for a request, take the items out of a
 * page, and derive the next request. The factory methods encode the stopping rule of each style.
 *
 * @param <P> the page (response) type
 * @param <I> the item type
 */
public final class Paginator<P, I> implements Iterable<I> {

  private final PageChain<?, P> chain;
  private final Function<P, List<I>> items;

  private <S> Paginator(PageWalk<S, P, I, P> walk) {
    this.chain = new PageChain<>(walk);
    this.items = walk.items();
  }

  /**
   * Paginates with any rule: after each page, {@code next} derives the following request or ends
   * the sequence. A derived request equal to the current one also ends it, so a server that keeps
   * returning the same cursor cannot cause an endless loop.
   *
   * @param first the first page's request
   * @param fetch fetches the page for a request
   * @param items takes the items out of a page
   * @param next derives the next request from the current one and its page, or returns empty
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> Paginator<P, I> of(
      R first,
      Function<? super R, ? extends P> fetch,
      Function<? super P, ? extends List<I>> items,
      BiFunction<? super R, ? super P, Optional<R>> next) {
    return new Paginator<>(PageWalk.<R, P, I, P>of(first, fetch, items, next));
  }

  /**
   * The next-URL style: each page names the URL of the next page, which is fetched as is; a null
   * or empty URL ends the sequence.
   *
   * @param first the first page's request
   * @param fetch fetches the first page
   * @param fetchUrl fetches a page by its URL (the client refuses URLs on another origin)
   * @param items takes the items out of a page
   * @param nextUrl reads the next page's URL from a page, null at the end
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> Paginator<P, I> nextUrl(
      R first,
      Function<? super R, ? extends P> fetch,
      Function<String, ? extends P> fetchUrl,
      Function<? super P, ? extends List<I>> items,
      Function<? super P, String> nextUrl) {
    return new Paginator<>(PageWalk.<R, P, I, P>nextUrl(first, fetch, fetchUrl, items, nextUrl));
  }

  /**
   * The cursor style: each page carries an opaque cursor that goes into the next request; a null
   * or empty cursor ends the sequence.
   *
   * @param first the first page's request
   * @param fetch fetches the page for a request
   * @param items takes the items out of a page
   * @param cursor reads the next cursor from a page
   * @param withCursor returns a copy of the request with the cursor set
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> Paginator<P, I> cursor(
      R first,
      Function<? super R, ? extends P> fetch,
      Function<? super P, ? extends List<I>> items,
      Function<? super P, String> cursor,
      BiFunction<? super R, String, R> withCursor) {
    return new Paginator<>(PageWalk.<R, P, I, P>cursor(first, fetch, items, cursor, withCursor));
  }

  /**
   * The keyset style: a value of the page's last item (an id, a sort date) goes into the next
   * request. The sequence ends on an empty page, or when the key does not advance (the next
   * request would equal the current one). A short page does not end it: a server may cap the
   * page size below what was asked, so the last page costs one extra, empty request instead.
   *
   * @param first the first page's request
   * @param fetch fetches the page for a request
   * @param items takes the items out of a page
   * @param key reads the key from an item
   * @param withKey returns a copy of the request continuing after the key
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @param <K> the key type
   * @return the paginator
   */
  public static <R, P, I, K> Paginator<P, I> keyset(
      R first,
      Function<? super R, ? extends P> fetch,
      Function<? super P, ? extends List<I>> items,
      Function<? super I, ? extends K> key,
      BiFunction<? super R, ? super K, R> withKey) {
    return new Paginator<>(PageWalk.<R, P, I, K, P>keyset(first, fetch, items, key, withKey));
  }

  /**
   * The page-number style: the page parameter goes up by one for each request. An empty page ends
   * the sequence, and so does a page with fewer items than the page size.
   *
   * @param first the first page's request
   * @param fetch fetches the page for a request
   * @param items takes the items out of a page
   * @param firstPageNumber the page number of the first request, usually 0 or 1
   * @param withPage returns a copy of the request for a page number
   * @param pageSize the page size the request asks for, or null if it sets none (then only an
   *     empty page ends the sequence)
   * @param <R> the request type
   * @param <P> the page type
   * @param <I> the item type
   * @return the paginator
   */
  public static <R, P, I> Paginator<P, I> pageNumber(
      R first,
      Function<? super R, ? extends P> fetch,
      Function<? super P, ? extends List<I>> items,
      int firstPageNumber,
      BiFunction<? super R, Integer, R> withPage,
      Integer pageSize) {
    return new Paginator<>(
        PageWalk.<R, P, I, P>pageNumber(first, fetch, items, firstPageNumber, withPage, pageSize));
  }

  /**
   * Iterates over the items, fetching pages as needed.
   *
   * @return a new iterator, starting at the first page
   */
  @Override
  public Iterator<I> iterator() {
    return new ItemIterator<>(chain.iterator(), items);
  }

  /**
   * Streams the items, fetching pages as the stream is consumed.
   *
   * @return a sequential stream, starting at the first page
   */
  public Stream<I> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * Returns the pages themselves, for callers who need page-level data such as totals.
   *
   * @return an iterable whose every iterator starts at the first page
   */
  public Iterable<P> pages() {
    return chain;
  }

  /**
   * Streams the pages.
   *
   * @return a sequential stream, starting at the first page
   */
  public Stream<P> pageStream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain.iterator(), Spliterator.ORDERED), false);
  }

  @Override
  public String toString() {
    return "Paginator";
  }
}
