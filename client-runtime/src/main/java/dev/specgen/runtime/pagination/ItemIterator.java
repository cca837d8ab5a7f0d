package dev.specgen.runtime.pagination;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Flattens pages into items, moving to the next page only once the current one is used up, which
 * is what keeps a single page in memory and defers each fetch until it is needed.
 *
 * @param <P> the page type
 * @param <I> the item type
 */
final class ItemIterator<P, I> implements Iterator<I> {

  private final Iterator<P> pages;
  private final Function<P, List<I>> items;
  private Iterator<I> current = Collections.emptyIterator();

  ItemIterator(Iterator<P> pages, Function<P, List<I>> items) {
    this.pages = pages;
    this.items = items;
  }

  @Override
  public boolean hasNext() {
    // A loop, not an if: a page may be empty yet not the last one.
    while (!current.hasNext()) {
      if (!pages.hasNext()) {
        return false;
      }
      List<I> pageItems = items.apply(pages.next());
      current = pageItems == null ? Collections.emptyIterator() : pageItems.iterator();
    }
    return true;
  }

  @Override
  public I next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more items");
    }
    return current.next();
  }
}
