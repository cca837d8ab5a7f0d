package dev.specgen.ir;

import java.util.List;
import java.util.Optional;

/**
 * How an operation's results are split into pages, from the {@code x-pagination} extension.
 * Paths are property names from the response body inward; an empty {@code items} path means the
 * body is itself the list.
 */
public sealed interface Pagination {

  /** The path to the list of items in a page; empty when the page is itself the list. */
  List<String> items();

  /** One response holds everything. */
  record None() implements Pagination {
    @Override
    public List<String> items() {
      return List.of();
    }
  }

  /** Each page names the full URL of the next one (Front's {@code _pagination.next}). */
  record NextUrl(List<String> items, List<String> nextUrl) implements Pagination {}

  /** Each page carries a cursor that the next request sends as {@code parameter}. */
  record Cursor(List<String> items, List<String> cursor, String parameter) implements Pagination {}

  /**
   * The next request sends, as {@code parameter}, the {@code keyField} of the last item; a page
   * that is empty, or whose last key equals the previous one, is the last (a short page is not: a
   * server may cap the page size below {@code limitParameter}).
   */
  record Keyset(List<String> items, String parameter, List<String> keyField,
      Optional<String> limitParameter) implements Pagination {}

  /** Pages are numbered from {@code startPage}; an empty or short page is the last. */
  record PageNumber(List<String> items, String parameter, Optional<String> limitParameter,
      int startPage) implements Pagination {}

  static Pagination none() {
    return new None();
  }
}
